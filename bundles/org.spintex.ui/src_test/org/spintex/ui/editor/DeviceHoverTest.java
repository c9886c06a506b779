package org.spintex.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The hover's text: plain, and no line wider than the popup should be. */
class DeviceHoverTest {

	@Test
	void longLinesAreWrappedAtSpacesAndMarksDropped() {
		String markdown = "**exchange** A — " + "the exchange stiffness of the ferromagnet, ".repeat(5) + "`pJ/m`\nshort line";
		String plain = DeviceHover.plain(markdown);
		for (String line : plain.split("\n")) {
			assertTrue(line.length() <= DeviceHover.COLUMNS, "'" + line + "' is " + line.length() + " wide");
		}
		assertTrue(plain.startsWith("exchange A — the exchange"), plain);
		assertTrue(plain.endsWith("pJ/m\nshort line"), plain);
		assertEquals(markdown.replace("**", "").replace("`", "").replace("\n", " ").replaceAll("\\s+", " "),
				plain.replace("\n", " ").replaceAll("\\s+", " "), "only line breaks added");
	}
}
