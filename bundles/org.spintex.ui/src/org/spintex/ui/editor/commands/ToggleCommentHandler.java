package org.spintex.ui.editor.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.TextUtilities;
import org.eclipse.jface.viewers.ISelection;

/**
 * Toggle comment (Ctrl+/): comments the selected lines out with {@code //}, or, when every
 * non-blank one already is, back in.
 */
public final class ToggleCommentHandler extends AbstractHandler {

	private static final String MARK = "//";

	@Override
	public Object execute(ExecutionEvent event) {
		EditorCommands target = EditorCommands.of(event);
		ISelection selection = target == null ? null : target.editor().getSelectionProvider().getSelection();
		if (!(selection instanceof ITextSelection text)) {
			return null;
		}
		int last = text.getEndLine();
		// a selection that ends at the start of a line does not take that line
		try {
			if (last > text.getStartLine() && target.document().getLineOffset(last) == text.getOffset() + text.getLength()) {
				last--;
			}
			toggle(target.document(), text.getStartLine(), last);
		} catch (BadLocationException e) {
			throw new IllegalStateException(e);
		}
		return null;
	}

	/** Comments lines {@code first..last} in or out; one undo step. */
	static void toggle(IDocument document, int first, int last) throws BadLocationException {
		boolean allCommented = true;
		int indent = Integer.MAX_VALUE;
		for (int line = first; line <= last; line++) {
			String content = line(document, line);
			if (content.isBlank()) {
				continue;
			}
			int lead = content.length() - content.stripLeading().length();
			indent = Math.min(indent, lead);
			allCommented &= content.startsWith(MARK, lead);
		}
		if (indent == Integer.MAX_VALUE) {
			return;
		}
		StringBuilder replacement = new StringBuilder();
		String delimiter = TextUtilities.getDefaultLineDelimiter(document);
		for (int line = first; line <= last; line++) {
			String content = line(document, line);
			if (!content.isBlank()) {
				if (allCommented) {
					int at = content.indexOf(MARK);
					int end = at + MARK.length();
					content = content.substring(0, at) + content.substring(content.startsWith(" ", end) ? end + 1 : end);
				} else {
					content = content.substring(0, indent) + MARK + " " + content.substring(indent);
				}
			}
			replacement.append(content);
			if (line < last) {
				String lineDelimiter = document.getLineDelimiter(line);
				replacement.append(lineDelimiter == null ? delimiter : lineDelimiter);
			}
		}
		IRegion start = document.getLineInformation(first);
		IRegion end = document.getLineInformation(last);
		document.replace(start.getOffset(), end.getOffset() + end.getLength() - start.getOffset(), replacement.toString());
	}

	private static String line(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}
}
