package org.spintex.ui.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Model;
import org.spintex.dsl.spintex.Study;
import org.spintex.ui.editor.DeviceLanguage;

/** The names of the studies a device file declares, for the launch shortcut and tab. */
final class DeviceStudies {

	private DeviceStudies() {
	}

	static List<String> of(IFile file) {
		try {
			String text = Files.readString(file.getLocation().toPath(), StandardCharsets.UTF_8);
			XtextResource resource = DeviceLanguage.parse(text, URI.createFileURI(file.getLocation().toOSString()));
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
				return List.of();
			}
			return model.getElements().stream().filter(Device.class::isInstance)
					.flatMap(d -> ((Device) d).getParts().stream()).filter(Study.class::isInstance)
					.map(s -> ((Study) s).getName()).filter(java.util.Objects::nonNull).toList();
		} catch (IOException e) {
			return List.of();
		}
	}
}
