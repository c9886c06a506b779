package org.spintex.ui.editor.commands;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/** The device editor a command acts on, and its document. */
record EditorCommands(ITextEditor editor, IDocument document) {

	/** The active editor of the event, if it is a text editor with a document; else null. */
	static EditorCommands of(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor && editor.getDocumentProvider() != null) {
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			return document == null ? null : new EditorCommands(editor, document);
		}
		return null;
	}

	void status(String message) {
		var statusLine = editor.getEditorSite().getActionBars().getStatusLineManager();
		statusLine.setErrorMessage(message);
	}
}
