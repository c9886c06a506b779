package org.spintex.dsl.formatting2;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Element;
import org.spintex.dsl.spintex.Film;
import org.spintex.dsl.spintex.Import;
import org.spintex.dsl.spintex.Material;
import org.spintex.dsl.spintex.MaterialProperty;
import org.spintex.dsl.spintex.Model;

/**
 * The canonical layout of device files, so that they diff cleanly in git: one statement per line,
 * blocks indented by one tab, a blank line between top-level elements, single spaces elsewhere.
 * Comments are kept where they are.
 */
public class SpintexFormatter extends AbstractJavaFormatter {

	protected void format(Model model, IFormattableDocument doc) {
		for (Import anImport : model.getImports()) {
			doc.append(anImport, it -> it.newLine());
		}
		if (!model.getImports().isEmpty() && !model.getElements().isEmpty()) {
			doc.append(model.getImports().get(model.getImports().size() - 1), it -> it.setNewLines(2));
		}
		for (Element element : model.getElements()) {
			singleSpaced(element, doc);
			boolean last = element == model.getElements().get(model.getElements().size() - 1);
			doc.append(element, it -> it.setNewLines(last ? 1 : 2));
			doc.format(element);
		}
	}

	/** One space between all tokens of {@code element} unless a rule below says otherwise. */
	private void singleSpaced(EObject element, IFormattableDocument doc) {
		for (ISemanticRegion region : textRegionExtensions.allSemanticRegions(element)) {
			if (region.getPreviousHiddenRegion().getPreviousSemanticRegion() != null) {
				doc.prepend(region, it -> {
					it.oneSpace();
					it.lowPriority();
				});
			}
		}
	}

	protected void format(Material material, IFormattableDocument doc) {
		block(material, doc);
		for (MaterialProperty property : material.getProperties()) {
			statement(property, doc);
		}
	}

	protected void format(Device device, IFormattableDocument doc) {
		block(device, doc);
		for (Film film : device.getParts()) {
			statement(film, doc);
			doc.format(film);
		}
	}

	protected void format(Film film, IFormattableDocument doc) {
		block(film, doc);
		// the film's clauses (material, shape, mesh) each on a line of their own
		doc.prepend(regionFor(film).keyword("material"), it -> it.newLine());
		doc.prepend(regionFor(film).keyword("mesh"), it -> it.newLine());
		doc.prepend(film.getShape(), it -> it.newLine());
	}

	/** Indents everything between the braces of {@code element} and puts the closing brace on its own line. */
	private void block(EObject element, IFormattableDocument doc) {
		ISemanticRegion open = regionFor(element).keyword("{");
		ISemanticRegion close = regionFor(element).keyword("}");
		doc.prepend(open, it -> it.oneSpace());
		doc.append(open, it -> it.newLine());
		doc.prepend(close, it -> it.newLine());
		doc.interior(open, close, it -> it.indent());
	}

	/** A statement inside a block: on a line of its own, one space between its tokens. */
	private void statement(EObject statement, IFormattableDocument doc) {
		doc.prepend(statement, it -> it.newLine());
		for (ISemanticRegion region : regionFor(statement).keywords("=")) {
			doc.surround(region, it -> it.oneSpace());
		}
	}
}
