package org.spintex.ui.editor.refactoring;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/** Rename (Alt+Shift+R) in the device editor: the element under the cursor, across the project, with a preview. */
public final class RenameElementHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor)
				|| !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return null;
		}
		IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
		if (file == null) {
			return null;
		}
		String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		RenameElementRefactoring refactoring = new RenameElementRefactoring(file, text, selection.getOffset());
		String name = refactoring.currentName();
		if (name.isEmpty()) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Rename",
					"Put the cursor on the name of a material, device or part (where it is declared or used).");
			return null;
		}
		try {
			new RefactoringWizardOpenOperation(new RenameElementWizard(refactoring, name)).run(HandlerUtil.getActiveShell(event),
					"Rename " + name);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return null;
	}
}
