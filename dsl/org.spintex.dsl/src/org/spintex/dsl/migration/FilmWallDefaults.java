package org.spintex.dsl.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.spintex.dsl.catalog.Schemas;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Link;
import org.spintex.dsl.spintex.Model;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.SpintexFactory;
import org.spintex.dsl.spintex.SpintexPackage.Literals;
import org.spintex.dsl.spintex.Study;
import org.spintex.dsl.spintex.Texture;
import org.spintex.dsl.spintex.Words;

/**
 * Language 2 to 3: a domain wall means the same on a film as on a wire. In language 2 a
 * {@code domain-wall} that started a film's study defaulted to {@code arrangement up-down} and
 * {@code chirality neel}, while the catalog (and every wire) said head-to-head and bloch; language 3
 * has the catalog's defaults everywhere. An older file keeps its meaning: the language-2 defaults are
 * written out in the walls that start a study and did not state them.
 */
final class FilmWallDefaults {

	/** The language-2 defaults of a film's wall, in the order they are written out. */
	static final List<Map.Entry<String, String>> LANGUAGE_2 = List.of(Map.entry("arrangement", "up-down"),
			Map.entry("chirality", "neel"));

	private FilmWallDefaults() {
	}

	/**
	 * The walls of an older file that start a study and leave a language-2 default unsaid. Links are
	 * matched by the name written, not resolved: this runs while the file is being read.
	 */
	static List<Texture> affected(Model model) {
		List<Texture> walls = new ArrayList<>();
		for (Device device : model.getElements().stream().filter(Device.class::isInstance).map(Device.class::cast).toList()) {
			for (Study study : device.getParts().stream().filter(Study.class::isInstance).map(Study.class::cast).toList()) {
				for (Link link : study.getLinks()) {
					if (!"initial-state".equals(link.getRole())) {
						continue;
					}
					String name = NodeModelUtils.findNodesForFeature(link, Literals.LINK__TARGET).stream()
							.map(NodeModelUtils::getTokenText).findFirst().orElse("");
					device.getParts().stream().filter(Texture.class::isInstance).map(Texture.class::cast)
							.filter(t -> name.equals(t.getName()) && "domain-wall".equals(t.getKind()))
							.filter(t -> !missing(t).isEmpty() && !walls.contains(t)).forEach(walls::add);
				}
			}
		}
		return walls;
	}

	/**
	 * The language-2 defaults {@code wall}'s text does not state, as they would be written (a property
	 * added in memory has no text, so this stays the same after {@link #readAsCurrent}).
	 */
	private static List<String> missing(Texture wall) {
		return LANGUAGE_2.stream()
				.filter(e -> wall.getProperties().stream()
						.noneMatch(p -> p.getName().equals(e.getKey()) && NodeModelUtils.getNode(p) != null))
				.map(e -> e.getKey() + " " + e.getValue()).toList();
	}

	/** In memory: the walls get the properties the text leaves out. */
	static void readAsCurrent(Model model) {
		for (Texture wall : affected(model)) {
			for (Map.Entry<String, String> entry : LANGUAGE_2) {
				if (Schemas.find(wall.getProperties(), entry.getKey()).isEmpty()) {
					Words value = SpintexFactory.eINSTANCE.createWords();
					value.getWords().add(entry.getValue());
					Property property = SpintexFactory.eINSTANCE.createProperty();
					property.setName(entry.getKey());
					property.setValue(value);
					wall.getProperties().add(property);
				}
			}
		}
	}

	/** In the text: the missing defaults written right after each wall's opening brace. */
	static List<TextEdit> edits(Model model) {
		List<TextEdit> edits = new ArrayList<>();
		for (Texture wall : affected(model)) {
			for (ILeafNode leaf : NodeModelUtils.getNode(wall).getLeafNodes()) {
				if (leaf.getGrammarElement() instanceof Keyword keyword && keyword.getValue().equals("{")) {
					edits.add(new TextEdit(leaf.getEndOffset(), 0, " " + String.join("  ", missing(wall)) + " "));
					break;
				}
			}
		}
		return edits;
	}

	/** What migrating says it did, e.g. "domain-wall flip: arrangement up-down, chirality neel written out". */
	static List<String> describe(Model model) {
		return affected(model).stream().map(wall -> "domain-wall " + wall.getName() + ": language 2's "
				+ String.join(", ", missing(wall)) + " written out").toList();
	}
}
