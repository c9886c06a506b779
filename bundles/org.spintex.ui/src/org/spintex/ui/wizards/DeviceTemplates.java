package org.spintex.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.spintex.ui.SpintexUi;

/**
 * The device templates: the examples of the repository (one per seed device and standard problem),
 * copied into this bundle by its build under {@code templates/}. A template's description is its
 * leading comment.
 */
public final class DeviceTemplates {

	static final String ROOT = "templates";
	private static final Pattern IMPORT = Pattern.compile("import\\s+\"([^\"]+)\"");

	/** One template: its path under templates/ ("standard-problems/sp4.spintex") and its text. */
	public record Template(String path, String text) {

		/** "standard-problems/sp4" */
		public String name() {
			return path.replaceFirst("\\.spintex$", "");
		}

		/** The leading comment (after the {@code spintex N} line, if it comes first), joined into one paragraph. */
		public String description() {
			StringBuilder text = new StringBuilder();
			boolean inComment = false;
			for (String line : this.text.lines().toList()) {
				if (line.startsWith("//")) {
					inComment = true;
					text.append(line.substring(2).strip()).append(' ');
				} else if (inComment || !(line.isBlank() || line.matches("spintex\\s+\\d+\\s*"))) {
					break;
				}
			}
			return text.toString().strip();
		}

		/** The paths of the files it imports, as written ("../materials/chiral-magnets.spintex"). */
		public List<String> imports() {
			List<String> paths = new ArrayList<>();
			Matcher m = IMPORT.matcher(text);
			while (m.find()) {
				paths.add(m.group(1));
			}
			return paths;
		}

		/** The folder of the template under templates/ ("standard-problems"). */
		public String folder() {
			int slash = path.lastIndexOf('/');
			return slash < 0 ? "" : path.substring(0, slash);
		}
	}

	private DeviceTemplates() {
	}

	/** Every template, sorted by path. */
	public static List<Template> all() {
		List<Template> templates = new ArrayList<>();
		var entries = Platform.getBundle(SpintexUi.ID).findEntries(ROOT, "*.spintex", true);
		if (entries == null) {
			return templates;
		}
		for (URL url : Collections.list(entries)) {
			String path = url.getPath().substring(url.getPath().indexOf(ROOT + "/") + ROOT.length() + 1);
			templates.add(new Template(path, read(url)));
		}
		templates.sort((a, b) -> a.path().compareTo(b.path()));
		return templates;
	}

	/** The template at {@code path} under templates/, if there is one. */
	public static java.util.Optional<Template> at(String path) {
		return all().stream().filter(t -> t.path().equals(path)).findFirst();
	}

	private static String read(URL url) {
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
