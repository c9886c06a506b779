package org.spintex.dsl.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.spintex.dsl.spintex.Model;
import org.spintex.dsl.spintex.ParameterPath;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.SpintexPackage.Literals;

/**
 * Every change of the language that needs a file to be rewritten, oldest first. Each rename or
 * removal from now on gets an entry here and a test (MigrationsTest): an older file is read as the
 * current language in memory ({@link #readAsCurrent}), and {@code spintex migrate} rewrites it
 * ({@link #edits}).
 *
 * <p>Language 2 to 3: property names stopped being keywords, so a file of language 2 parses as it
 * is; the one name that had been chosen around a keyword is renamed.
 */
public final class Migrations {

	public static final List<PropertyRename> RENAMES = List.of(new PropertyRename(3, "lattice", "lattice-constant",
			"language 2 could not name it lattice-constant: a hyphenated keyword would have shadowed words such as "
					+ "lattice-boltzmann"));

	private Migrations() {
	}

	/** The rename that retired {@code name}, if a language before the current one used it. */
	public static Optional<PropertyRename> renameOf(String name) {
		return RENAMES.stream().filter(r -> r.oldName().equals(name)).findFirst();
	}

	/** The renames that apply to a file of {@code model}'s language, used in it or not. */
	private static List<PropertyRename> pending(Model model) {
		int version = LanguageVersion.of(model);
		return RENAMES.stream().filter(r -> r.since() > version && r.since() <= LanguageVersion.CURRENT).toList();
	}

	/** The renames an older file needs: those whose old names it uses, in the order of {@link #RENAMES}. */
	public static List<PropertyRename> used(Model model) {
		if (!LanguageVersion.isOlder(model)) {
			return List.of();
		}
		java.util.Set<String> written = new java.util.HashSet<>();
		model.eAllContents().forEachRemaining(object -> {
			if (object instanceof Property) {
				written.addAll(tokens(object, Literals.PROPERTY__NAME));
			} else if (object instanceof ParameterPath) {
				written.addAll(tokens(object, Literals.PARAMETER_PATH__PROPERTY));
			}
		});
		return pending(model).stream().filter(r -> written.contains(r.oldName())).toList();
	}

	/**
	 * What migrating an older file changes beyond its language line, in words: each rename it uses and
	 * each default it must now state ("lattice → lattice-constant", "domain-wall w: … written out").
	 */
	public static List<String> changes(Model model) {
		if (!LanguageVersion.isOlder(model)) {
			return List.of();
		}
		List<String> changes = new ArrayList<>(used(model).stream().map(PropertyRename::describe).toList());
		changes.addAll(FilmWallDefaults.describe(model));
		return changes;
	}

	/** The changes of meaning from language 2 to 3 that migration writes out, for the language reference. */
	public static List<String> meaningChanges() {
		return List.of("a `domain-wall` has the catalog's defaults (`arrangement head-to-head`, `chirality bloch`) on a film "
				+ "as on a wire; in language 2 a film's wall defaulted to `up-down` and `neel`, and migrating a language-2 "
				+ "file writes those out where a wall that starts a study left them unsaid, so its results do not change");
	}

	private static List<String> tokens(EObject object, EStructuralFeature feature) {
		return NodeModelUtils.findNodesForFeature(object, feature).stream().map(NodeModelUtils::getTokenText).toList();
	}

	/**
	 * Reads an older file as the current language: its renamed properties and sweep paths get their
	 * current names in the model (the text is untouched, so positions stay those of the file).
	 */
	public static void readAsCurrent(Model model) {
		if (!LanguageVersion.isOlder(model)) {
			return;
		}
		FilmWallDefaults.readAsCurrent(model);
		List<PropertyRename> renames = pending(model);
		model.eAllContents().forEachRemaining(object -> {
			for (PropertyRename rename : renames) {
				if (object instanceof Property property && rename.oldName().equals(property.getName())) {
					property.setName(rename.newName());
				} else if (object instanceof ParameterPath path && rename.oldName().equals(path.getProperty())) {
					path.setProperty(rename.newName());
				}
			}
		});
	}

	/**
	 * The edits that rewrite an older file's text in the current language: the version line and
	 * every renamed name, found in the text as written. Sorted by offset; empty for a current file.
	 */
	public static List<TextEdit> edits(Model model) {
		if (!LanguageVersion.isOlder(model)) {
			return List.of();
		}
		List<TextEdit> edits = new ArrayList<>();
		List<INode> version = NodeModelUtils.findNodesForFeature(model, Literals.MODEL__VERSION);
		if (version.isEmpty()) {
			edits.add(new TextEdit(headerOffset(model), 0, LanguageVersion.header() + "\n\n"));
		} else {
			INode node = version.get(0);
			edits.add(new TextEdit(node.getOffset(), node.getLength(), Integer.toString(LanguageVersion.CURRENT)));
		}
		List<PropertyRename> renames = pending(model);
		model.eAllContents().forEachRemaining(object -> {
			if (object instanceof Property) {
				rename(object, Literals.PROPERTY__NAME, renames, edits);
			} else if (object instanceof ParameterPath) {
				rename(object, Literals.PARAMETER_PATH__PROPERTY, renames, edits);
			}
		});
		edits.addAll(FilmWallDefaults.edits(model));
		edits.sort(Comparator.comparingInt(TextEdit::offset));
		return edits;
	}

	/**
	 * Where the version line goes: after the file's description (the comments before the first blank
	 * line of the file's head), so that a comment written right above the first import or element stays
	 * with it; at the very top when the head has no blank line.
	 */
	private static int headerOffset(Model model) {
		String text = NodeModelUtils.getNode(model).getRootNode().getText();
		EObject first = !model.getImports().isEmpty() ? model.getImports().get(0)
				: model.getElements().isEmpty() ? null : model.getElements().get(0);
		INode node = first == null ? null : NodeModelUtils.getNode(first);
		String head = text.substring(0, node == null ? text.length() : node.getOffset());
		java.util.regex.Matcher blank = BLANK_LINE.matcher(head);
		int offset = 0;
		while (blank.find()) {
			offset = blank.end();
		}
		return offset;
	}

	private static final java.util.regex.Pattern BLANK_LINE = java.util.regex.Pattern.compile("\\n[ \\t]*\\n");

	private static void rename(EObject object, EStructuralFeature feature, List<PropertyRename> renames,
			List<TextEdit> edits) {
		for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
			String written = NodeModelUtils.getTokenText(node);
			renames.stream().filter(r -> r.oldName().equals(written)).findFirst()
					.ifPresent(r -> edits.add(new TextEdit(node.getOffset(), node.getLength(), r.newName())));
		}
	}

	/** {@code text} with {@code edits} (sorted, not overlapping) applied. */
	public static String apply(String text, List<TextEdit> edits) {
		StringBuilder out = new StringBuilder(text);
		for (int i = edits.size() - 1; i >= 0; i--) {
			TextEdit edit = edits.get(i);
			out.replace(edit.offset(), edit.offset() + edit.length(), edit.text());
		}
		return out.toString();
	}
}
