package org.spintex.ui.editor.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.junit.jupiter.api.Test;

/** Toggle comment and the minimal replacement of Format, on plain documents. */
class EditorCommandsTest {

	private static final String FILM = "device D {\n\tfilm f {\n\t\tmaterial Py\n\n\t\tcell 2 nm\n\t}\n}\n";

	@Test
	void toggleCommentsTheLinesAtTheirCommonIndentAndBack() throws BadLocationException {
		Document document = new Document(FILM);
		ToggleCommentHandler.toggle(document, 2, 4);
		assertEquals("device D {\n\tfilm f {\n\t\t// material Py\n\n\t\t// cell 2 nm\n\t}\n}\n", document.get());
		ToggleCommentHandler.toggle(document, 2, 4);
		assertEquals(FILM, document.get());
	}

	@Test
	void aMixedSelectionIsCommentedOutFirst() throws BadLocationException {
		Document document = new Document("\t// a\n\tb\n");
		ToggleCommentHandler.toggle(document, 0, 1);
		assertEquals("\t// // a\n\t// b\n", document.get());
	}

	@Test
	void formatReplacesOnlyTheSpanThatChanged() {
		Document document = new Document("material Py {\n  exchange A = 13 pJ/m\n}\n");
		int[] replaced = new int[2];
		document.addDocumentListener(new org.eclipse.jface.text.IDocumentListener() {
			@Override
			public void documentAboutToBeChanged(org.eclipse.jface.text.DocumentEvent event) {
				replaced[0] = event.getOffset();
				replaced[1] = event.getLength();
			}

			@Override
			public void documentChanged(org.eclipse.jface.text.DocumentEvent event) {
			}
		});
		FormatHandler.replaceChangedSpan(document, "material Py {\n\texchange A = 13 pJ/m\n}\n");
		assertEquals("material Py {\n\texchange A = 13 pJ/m\n}\n", document.get());
		assertEquals(14, replaced[0], "the edit starts where the texts differ");
		assertEquals(2, replaced[1], "and replaces only the two spaces");
	}
}
