package org.spintex.dsl.migration;

import java.io.IOException;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.spintex.dsl.formatting2.CanonicalLayout;
import org.spintex.dsl.spintex.Model;

import com.google.inject.Inject;

/**
 * Rewrites a file of an older language in the current one, in canonical layout, comments kept:
 * {@code spintex migrate}, {@code spintex fmt} and the workbench's quick fix all go through here.
 */
public class Migrator {

	@Inject
	private CanonicalLayout layout;

	/** What migrating a file did. */
	public record Outcome(int fromVersion, List<String> changes, String text) {
	}

	/**
	 * The current-language text of {@code resource} (parsed without syntax errors), formatted. A file
	 * already in the current language is only formatted. The resource is left holding the new text.
	 */
	public Outcome migrate(XtextResource resource, String text) throws IOException {
		Model model = (Model) resource.getContents().get(0);
		int from = LanguageVersion.of(model);
		List<String> changes = Migrations.changes(model);
		List<TextEdit> edits = Migrations.edits(model);
		if (!edits.isEmpty()) {
			resource.reparse(Migrations.apply(text, edits));
			if (!resource.getErrors().isEmpty()) {
				throw new IllegalStateException("migrating produced text that does not parse: "
						+ resource.getErrors().get(0).getMessage());
			}
		}
		return new Outcome(from, changes, layout.format(resource));
	}
}
