package org.spintex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spintex.ui.tests.Workbench.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;

/**
 * Help › Help Contents and Search: the Spintex book is in the Eclipse help system, its pages (the
 * language reference from the catalog, the getting-started tutorial, the physics notes) are served by
 * the workbench's help server, and its search finds them.
 */
class HelpTest {

	@Test
	void theSpintexBookIsInHelpContentsAndItsPagesAreServedAndFound() throws Exception {
		IToc book = Arrays.stream(HelpSystem.getTocs()).filter(t -> t.getLabel().equals("Spintex")).findFirst()
				.orElseThrow(() -> new AssertionError("a Spintex book in Help Contents"));
		List<String> topics = Arrays.stream(book.getTopics()).map(ITopic::getLabel).toList();
		assertEquals(List.of("Getting started", "Language reference", "Physics notes"), topics);
		assertEquals(7, book.getTopics()[2].getSubtopics().length, "signs, the five seeds and stacks");
		Command contents = ui(() -> PlatformUI.getWorkbench().getService(ICommandService.class)
				.getCommand("org.eclipse.ui.help.helpContents"));
		assertTrue(ui(() -> contents.isHandled()), "Help › Help Contents has a handler");

		// the help server of the workbench, as the browser of Help Contents asks it
		URL reference = ui(() -> PlatformUI.getWorkbench().getHelpSystem().resolve("/org.spintex.help/reference.html", true));
		String page = get(reference);
		assertTrue(page.contains("<td><code>exchange</code></td>"), "the reference's property tables: " + head(page));
		String tutorial = get(ui(() -> PlatformUI.getWorkbench().getHelpSystem()
				.resolve("/org.spintex.help/html/getting-started.html", true)));
		assertTrue(tutorial.contains("<h1>Getting started with Spintex</h1>"), head(tutorial));
		String note = get(ui(() -> PlatformUI.getWorkbench().getHelpSystem()
				.resolve("/org.spintex.help/physics/seed-004-geometric-torque.html", true)));
		assertTrue(note.contains("Seed 004 in Spintex"), head(note));

		// Search: the index covers the written pages and those rendered from Markdown
		for (String word : List.of("racetrack", "dzyaloshinskii")) {
			URL search = URI.create(reference.getProtocol() + "://" + reference.getHost() + ":" + reference.getPort()
					+ "/help/search?phrase=" + word).toURL();
			String hits = get(search);
			assertTrue(hits.contains("org.spintex.help/"), "search for " + word + " finds the Spintex pages: " + head(hits));
		}
	}

	private static String get(URL url) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) url.openConnection();
		connection.setConnectTimeout(30_000);
		connection.setReadTimeout(120_000);
		assertEquals(200, connection.getResponseCode(), url.toString());
		try (InputStream in = connection.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String head(String text) {
		return text.substring(0, Math.min(600, text.length()));
	}
}
