package org.spintex.ui.launch;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.xtext.resource.XtextResource;
import org.spintex.dsl.spintex.Model;
import org.spintex.dsl.spintex.Study;
import org.spintex.runner.study.StudySelection;
import org.spintex.ui.editor.DeviceLanguage;

/** The names of the studies a device file declares, for the launch shortcut and tab. */
final class DeviceStudies {

	private DeviceStudies() {
	}

	static List<String> of(IFile file) {
		try {
			XtextResource resource = DeviceLanguage.parse(file.getLocation().toPath());
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
				return List.of();
			}
			return StudySelection.studies(model).stream().map(Study::getName).filter(java.util.Objects::nonNull).toList();
		} catch (IOException e) {
			return List.of();
		}
	}
}
