package org.spintex.dsl.formatting2;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.spintex.dsl.spintex.Combination;
import org.spintex.dsl.spintex.Contact;
import org.spintex.dsl.spintex.Coupling;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Drive;
import org.spintex.dsl.spintex.Element;
import org.spintex.dsl.spintex.Environment;
import org.spintex.dsl.spintex.Film;
import org.spintex.dsl.spintex.Gate;
import org.spintex.dsl.spintex.Grains;
import org.spintex.dsl.spintex.Potential;
import org.spintex.dsl.spintex.Primitive;
import org.spintex.dsl.spintex.Import;
import org.spintex.dsl.spintex.Material;
import org.spintex.dsl.spintex.Model;
import org.spintex.dsl.spintex.SpintexPackage.Literals;
import org.spintex.dsl.spintex.Part;
import org.spintex.dsl.spintex.Region;
import org.spintex.dsl.spintex.Reservoir;
import org.spintex.dsl.spintex.Study;
import org.spintex.dsl.spintex.Texture;
import org.spintex.dsl.spintex.Wire;

/**
 * The canonical layout of device files, so that they diff cleanly in git: one statement per line,
 * blocks indented by one tab, a blank line between top-level elements and between the parts of a
 * device, single spaces between tokens except around the dots of paths, before commas and inside
 * parentheses. Comments are kept where they are.
 */
public class SpintexFormatter extends AbstractJavaFormatter {

	protected void format(Model model, IFormattableDocument doc) {
		// `spintex 3` on the first line, a blank line after it
		ISemanticRegion version = regionFor(model).feature(Literals.MODEL__VERSION);
		if (version != null) {
			doc.prepend(version, it -> it.oneSpace());
			// a blank line after it, and around a file's description in comments that follows it
			doc.append(version, it -> it.setNewLines(model.getImports().isEmpty() && model.getElements().isEmpty() ? 1 : 2));
		}
		List<Import> imports = model.getImports();
		for (Import anImport : imports) {
			spaceTokens(anImport, doc);
			boolean beforeElements = anImport == imports.get(imports.size() - 1) && !model.getElements().isEmpty();
			doc.append(anImport, it -> it.setNewLines(beforeElements ? 2 : 1));
		}
		List<Element> elements = model.getElements();
		for (Element element : elements) {
			spaceTokens(element, doc);
			boolean last = element == elements.get(elements.size() - 1);
			doc.append(element, it -> it.setNewLines(last ? 1 : 2));
			doc.format(element);
		}
	}

	/** One space between the tokens of {@code element}, none around dots, before commas or inside parentheses. */
	private void spaceTokens(EObject element, IFormattableDocument doc) {
		for (ISemanticRegion region : textRegionExtensions.allSemanticRegions(element)) {
			if (region.getPreviousHiddenRegion().getPreviousSemanticRegion() != null) {
				doc.prepend(region, it -> {
					it.oneSpace();
					it.lowPriority();
				});
			}
			if (region.getGrammarElement() instanceof Keyword keyword) {
				switch (keyword.getValue()) {
				case "." -> doc.surround(region, it -> it.noSpace());
				case "," -> doc.prepend(region, it -> it.noSpace());
				case "(" -> doc.append(region, it -> it.noSpace());
				case ")" -> doc.prepend(region, it -> it.noSpace());
				default -> {
				}
				}
			}
		}
	}

	protected void format(Device device, IFormattableDocument doc) {
		block(device, doc);
		for (Part part : device.getParts()) {
			boolean first = part == device.getParts().get(0);
			doc.prepend(part, it -> it.setNewLines(first ? 1 : 2));
			doc.format(part);
		}
	}

	protected void format(Material material, IFormattableDocument doc) {
		statements(material, doc);
	}

	protected void format(Contact contact, IFormattableDocument doc) {
		statements(contact, doc);
	}

	protected void format(Texture texture, IFormattableDocument doc) {
		statements(texture, doc);
	}

	protected void format(Reservoir reservoir, IFormattableDocument doc) {
		statements(reservoir, doc);
	}

	protected void format(Drive drive, IFormattableDocument doc) {
		statements(drive, doc);
	}

	protected void format(Potential potential, IFormattableDocument doc) {
		statements(potential, doc);
	}

	/** `outline SHAPE` on the first line of the block, then `material`, `empty` and the properties a line each. */
	protected void format(Region region, IFormattableDocument doc) {
		block(region, doc);
		for (String keyword : new String[] { "outline", "material", "empty" }) {
			ISemanticRegion word = regionFor(region).keyword(keyword);
			if (word != null) {
				doc.prepend(word, it -> it.newLine());
			}
		}
		region.getProperties().forEach(p -> doc.prepend(p, it -> it.newLine()));
		if (region.getOutline() != null) {
			doc.format(region.getOutline());
		}
	}

	protected void format(Combination combination, IFormattableDocument doc) {
		doc.format(combination.getLeft());
		doc.format(combination.getRight());
	}

	/** A primitive is written like a call: `disk(10 nm)`, no space before its parenthesis. */
	protected void format(Primitive primitive, IFormattableDocument doc) {
		doc.append(regionFor(primitive).feature(Literals.PRIMITIVE__KIND), it -> it.noSpace());
	}

	protected void format(Grains grains, IFormattableDocument doc) {
		statements(grains, doc);
	}

	protected void format(Coupling coupling, IFormattableDocument doc) {
		statements(coupling, doc);
	}

	protected void format(Environment environment, IFormattableDocument doc) {
		statements(environment, doc);
	}

	protected void format(Film film, IFormattableDocument doc) {
		statements(film, doc);
		doc.prepend(regionFor(film).keyword("material"), it -> it.newLine());
	}

	protected void format(Wire wire, IFormattableDocument doc) {
		statements(wire, doc);
		doc.prepend(regionFor(wire).keyword("moments"), it -> it.newLine());
	}

	protected void format(Gate gate, IFormattableDocument doc) {
		block(gate, doc);
		for (ISemanticRegion sets : regionFor(gate).keywords("sets")) {
			doc.prepend(sets, it -> it.newLine());
		}
		gate.getProperties().forEach(p -> doc.prepend(p, it -> it.newLine()));
	}

	protected void format(Study study, IFormattableDocument doc) {
		statements(study, doc);
	}

	/** A block whose contents (properties, links, sweeps) each stand on a line of their own. */
	private void statements(EObject element, IFormattableDocument doc) {
		block(element, doc);
		for (EObject statement : element.eContents()) {
			doc.prepend(statement, it -> it.newLine());
		}
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
}
