package org.spintex.help;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The Markdown pages of the help: the reference from the catalog and the physics notes, as HTML. */
class MarkdownPagesTest {

	@Test
	void theReferenceIsTheCatalogAsAnHtmlTable() throws IOException {
		String page = read("reference.html");
		assertTrue(page.startsWith("<!DOCTYPE html>"), page.substring(0, 40));
		assertTrue(page.contains("<title>Spintex language reference</title>"));
		assertTrue(page.contains("<table>") && page.contains("<td><code>exchange</code></td>"), "the property tables");
	}

	@Test
	void aPhysicsNoteIsRenderedWithItsTitleAndItsLinksToOtherNotes() throws IOException {
		String page = read("physics/seed-000-topological-drag.html");
		assertTrue(page.contains("<title>Seed 000 in Spintex: topological spin drag by skyrmion diffusion</title>"), page);
		assertTrue(page.contains("<h1>"), "headings rendered");
		assertTrue(!page.contains("href=\"signs.md"), "links between notes go to their pages");
	}

	@Test
	void otherPagesAndOtherBundlesAreLeftToTheHelpSystem() {
		assertNull(new MarkdownPages().getInputStream(MarkdownPages.BUNDLE, "html/getting-started.html", Locale.ROOT));
		assertNull(new MarkdownPages().getInputStream("org.eclipse.platform", MarkdownPages.REFERENCE, Locale.ROOT));
		assertNull(new MarkdownPages().getInputStream(MarkdownPages.BUNDLE, "physics/none.html", Locale.ROOT));
	}

	@Test
	void noteLinksAreRewrittenAndOthersKept() {
		String page = MarkdownPages.html("t", "[signs](signs.md), [eq](seed-000-topological-drag.md#drag), [web](https://x.org/a.md)");
		assertTrue(page.contains("href=\"signs.html\""), page);
		assertTrue(page.contains("href=\"seed-000-topological-drag.html#drag\""), page);
		assertTrue(page.contains("href=\"https://x.org/a.md\""), page);
	}

	private static String read(String href) throws IOException {
		try (InputStream in = new MarkdownPages().getInputStream(MarkdownPages.BUNDLE, href + "?lang=en", Locale.ROOT)) {
			assertTrue(in != null, href + " served");
			String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return page;
		}
	}
}
