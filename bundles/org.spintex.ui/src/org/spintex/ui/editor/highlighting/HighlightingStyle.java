package org.spintex.ui.editor.highlighting;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * How each kind of text of a device file looks: the lexical kinds (keyword, comment, string,
 * number) and the semantic ones of {@code SpintexHighlighting} (property, symbol, unit, choice).
 */
public enum HighlightingStyle {
	KEYWORD(127, 0, 85, SWT.BOLD),
	COMMENT(63, 127, 95, SWT.NORMAL),
	STRING(42, 0, 255, SWT.NORMAL),
	NUMBER(0, 0, 0, SWT.NORMAL),
	PROPERTY(0, 80, 160, SWT.NORMAL),
	SYMBOL(140, 70, 0, SWT.ITALIC),
	UNIT(0, 128, 128, SWT.NORMAL),
	CHOICE(120, 40, 140, SWT.ITALIC);

	private final TextAttribute attribute;

	HighlightingStyle(int r, int g, int b, int style) {
		// device-independent colours: nothing to dispose
		this.attribute = new TextAttribute(new Color(r, g, b), null, style);
	}

	public TextAttribute attribute() {
		return attribute;
	}

	/** The style of an id from {@code org.spintex.dsl.ide.highlighting.SpintexHighlighting}, or null. */
	public static HighlightingStyle ofSemanticId(String id) {
		return switch (id) {
			case "spintex.property" -> PROPERTY;
			case "spintex.symbol" -> SYMBOL;
			case "spintex.unit" -> UNIT;
			case "spintex.choice" -> CHOICE;
			default -> null;
		};
	}
}
