package org.spintex.help;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.eclipse.help.IHelpContentProducer;
import org.spintex.dsl.catalog.LanguageReference;

/**
 * The help pages written in Markdown, rendered to HTML when the help system asks for them: the
 * language reference (generated from the catalog, as {@code spintex reference} prints it) and the
 * physics notes (the repository's docs/physics, copied into this bundle by its build). Links between
 * notes ({@code signs.md}) point to their pages. Every other page is served as it is.
 */
public final class MarkdownPages implements IHelpContentProducer {

	static final String BUNDLE = "org.spintex.help";
	static final String REFERENCE = "reference.html";
	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	@Override
	public InputStream getInputStream(String pluginID, String href, Locale locale) {
		if (!BUNDLE.equals(pluginID)) {
			return null;
		}
		String path = href.replaceFirst("[?#].*$", "");
		try {
			String page = page(path);
			return page == null ? null : new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			return null;
		}
	}

	/** The HTML of {@code path}, or null when it is not one of the Markdown pages. */
	static String page(String path) throws IOException {
		if (path.equals(REFERENCE)) {
			return html("Spintex language reference", LanguageReference.markdown());
		}
		if (path.startsWith("physics/") && path.endsWith(".html")) {
			String markdown = path.substring(0, path.length() - ".html".length()) + ".md";
			try (InputStream in = MarkdownPages.class.getClassLoader().getResourceAsStream(markdown)) {
				if (in == null) {
					return null;
				}
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				return html(title(text), text);
			}
		}
		return null;
	}

	/** A whole page: the title, a readable style, the rendered Markdown. */
	static String html(String title, String markdown) {
		Node document = Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
		String body = HtmlRenderer.builder().extensions(EXTENSIONS).attributeProviderFactory(context -> NOTE_LINKS).build()
				.render(document);
		return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"><title>" + escape(title) + "</title>\n"
				+ "<style>body { font-family: sans-serif; max-width: 60em; margin: 1em auto; line-height: 1.45; } "
				+ "table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 0.2em 0.4em; "
				+ "vertical-align: top; } code, pre { background: #f4f4f4; }</style></head>\n<body>\n" + body + "</body></html>\n";
	}

	/** A link to another note ({@code signs.md}, {@code seed-000-topological-drag.md#eq}) goes to its page. */
	private static final AttributeProvider NOTE_LINKS = (node, tag, attributes) -> {
		if (node instanceof Link) {
			String href = attributes.get("href");
			if (href != null && !href.contains("://") && href.matches("[^/]*\\.md(#.*)?")) {
				attributes.put("href", href.replaceFirst("\\.md(#|$)", ".html$1"));
			}
		}
	};

	private static String title(String markdown) {
		return markdown.lines().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2).strip())
				.orElse("Spintex physics note");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
