package org.spintex.ui.editor.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.spintex.dsl.formatting2.CanonicalLayout;
import org.spintex.ui.editor.DeviceDocuments;
import org.spintex.ui.editor.DeviceLanguage;

/**
 * Format (Ctrl+Shift+F): the file in the canonical layout of {@code spintex fmt}, comments kept.
 * Only the span that changes is replaced, so the cursor and markers elsewhere stay put; a file
 * with syntax errors is left alone, with the reason in the status line.
 */
public final class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		EditorCommands target = EditorCommands.of(event);
		if (target == null) {
			return null;
		}
		IDocument document = target.document();
		String formatted = DeviceDocuments.withModel(document, resource -> resource.getErrors().isEmpty()
				? DeviceLanguage.injector().getInstance(CanonicalLayout.class).format(resource)
				: null);
		if (formatted == null) {
			target.status("Not formatted: the file has syntax errors (see the Problems view)");
			return null;
		}
		target.status(null);
		replaceChangedSpan(document, formatted);
		return null;
	}

	/** Replaces the smallest middle span of the text that differs from {@code formatted}. */
	static void replaceChangedSpan(IDocument document, String formatted) {
		String text = document.get();
		int start = 0;
		int limit = Math.min(text.length(), formatted.length());
		while (start < limit && text.charAt(start) == formatted.charAt(start)) {
			start++;
		}
		int endText = text.length();
		int endFormatted = formatted.length();
		while (endText > start && endFormatted > start && text.charAt(endText - 1) == formatted.charAt(endFormatted - 1)) {
			endText--;
			endFormatted--;
		}
		if (start == endText && start == endFormatted) {
			return;
		}
		try {
			document.replace(start, endText - start, formatted.substring(start, endFormatted));
		} catch (BadLocationException e) {
			throw new IllegalStateException(e);
		}
	}
}
