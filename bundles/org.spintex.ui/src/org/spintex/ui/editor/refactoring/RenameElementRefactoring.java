package org.spintex.ui.editor.refactoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.Refactoring;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.spintex.dsl.ide.refactoring.DeviceRename;
import org.spintex.ui.editor.DeviceLanguage;

/**
 * Rename of a material, device or part across the device files of its project, as an Eclipse
 * refactoring: the language's {@link DeviceRename} finds the declaration and every reference, the
 * preview shows each file's edits, and undo takes them all back.
 */
public final class RenameElementRefactoring extends Refactoring {

	private final IFile file;
	private final String text;
	private final int offset;
	private String newName = "";
	private DeviceRename.Plan plan;

	/**
	 * @param text the file's current text (the editor's, saved or not)
	 * @param offset where the cursor is: on a name where it is declared or used
	 */
	public RenameElementRefactoring(IFile file, String text, int offset) {
		this.file = file;
		this.text = text;
		this.offset = offset;
	}

	public void setNewName(String newName) {
		this.newName = newName;
	}

	/** The name now, or "" when the cursor is on nothing that can be renamed. */
	public String currentName() {
		try {
			// planning with a placeholder name finds the element and its name
			return planFor("renamed_placeholder").oldName();
		} catch (DeviceRename.Refused e) {
			return "";
		}
	}

	@Override
	public String getName() {
		return "Rename";
	}

	@Override
	public RefactoringStatus checkInitialConditions(IProgressMonitor monitor) {
		try {
			planFor("renamed_placeholder");
			return new RefactoringStatus();
		} catch (DeviceRename.Refused e) {
			return RefactoringStatus.createFatalErrorStatus(e.getMessage());
		}
	}

	@Override
	public RefactoringStatus checkFinalConditions(IProgressMonitor monitor) {
		try {
			plan = planFor(newName);
			return new RefactoringStatus();
		} catch (DeviceRename.Refused e) {
			return RefactoringStatus.createFatalErrorStatus(e.getMessage());
		}
	}

	private DeviceRename.Plan planFor(String name) throws DeviceRename.Refused {
		return DeviceLanguage.injector().getInstance(DeviceRename.class).plan(location(file), text, offset, name,
				deviceFiles());
	}

	/** Every device file of the project, where references may be. */
	private List<Path> deviceFiles() {
		List<Path> files = new ArrayList<>();
		try {
			file.getProject().accept(resource -> {
				if (resource instanceof IFile f && "spintex".equals(f.getFileExtension()) && f.getLocation() != null) {
					files.add(location(f));
				}
				return !resource.isDerived();
			});
		} catch (CoreException e) {
			files.add(location(file));
		}
		return files;
	}

	@Override
	public Change createChange(IProgressMonitor monitor) {
		CompositeChange all = new CompositeChange("Rename " + plan.kind() + " " + plan.oldName() + " to " + plan.newName());
		for (Path path : plan.files()) {
			IFile[] found = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(path.toUri());
			if (found.length == 0) {
				continue;
			}
			TextFileChange change = new TextFileChange(found[0].getFullPath().toString(), found[0]);
			MultiTextEdit edits = new MultiTextEdit();
			for (DeviceRename.Edit edit : plan.editsOf(path)) {
				edits.addChild(new ReplaceEdit(edit.offset(), edit.length(), edit.text()));
			}
			change.setEdit(edits);
			change.setTextType("spintex");
			all.add(change);
		}
		return all;
	}

	private static Path location(IResource resource) {
		return resource.getLocation().toPath().toAbsolutePath().normalize();
	}
}
