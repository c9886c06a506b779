package org.spintex.ui.wizards;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;

/**
 * Writes a device file from a template into a folder of the workspace. The material libraries it
 * imports come along into a {@code materials/} folder beside it, and the import lines are
 * rewritten to point there, so that the new file validates wherever it is made.
 */
public final class DeviceFileCreator {

	private DeviceFileCreator() {
	}

	public static IFile create(IContainer folder, String fileName, DeviceTemplates.Template template) throws CoreException {
		ensure(folder);
		String text = template.text();
		for (String imported : template.imports()) {
			String library = new Path(template.folder()).append(imported).makeRelative().toString();
			String libraryName = new Path(library).lastSegment();
			DeviceTemplates.Template source = DeviceTemplates.at(library).orElse(null);
			if (source == null) {
				continue;
			}
			IFolder materials = folder.getFolder(new Path("materials"));
			ensure(materials);
			IFile copy = materials.getFile(libraryName);
			if (!copy.exists()) {
				copy.create(bytes(source.text()), true, null);
			}
			text = text.replace("\"" + imported + "\"", "\"materials/" + libraryName + "\"");
		}
		IFile file = folder.getFile(new Path(fileName.endsWith(".spintex") ? fileName : fileName + ".spintex"));
		file.create(bytes(text), true, null);
		return file;
	}

	private static void ensure(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			ensure(folder.getParent());
			folder.create(true, true, null);
		}
	}

	static ByteArrayInputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
