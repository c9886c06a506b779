package org.spintex.dsl.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.GrammarUtil;
import org.junit.jupiter.api.Test;
import org.spintex.dsl.SpintexStandaloneSetup;
import org.spintex.dsl.services.SpintexGrammarAccess;
import org.spintex.dsl.units.QuantityKind;

/** The catalog, the grammar and the language reference say the same thing. */
class PropertyCatalogTest {

	private static final Path REFERENCE = Path.of("../../docs/language-reference.md");

	/**
	 * Language 3: property names are identifiers. None may be a reserved word of the grammar (it would
	 * no longer parse as a name) or a unit (UnitTokenSource reads a property name after a number as the
	 * next property, never as the number's unit).
	 */
	@Test
	void propertyNamesAreNeitherReservedWordsNorUnits() {
		SpintexGrammarAccess grammar = new SpintexStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(SpintexGrammarAccess.class);
		Set<String> reserved = new TreeSet<>();
		GrammarUtil.getAllKeywords(grammar.getGrammar()).forEach(reserved::add);
		Set<String> clashes = new TreeSet<>(PropertyCatalog.propertyNames());
		clashes.retainAll(reserved);
		assertEquals(Set.of(), clashes, "property names that are reserved words");
		for (String name : PropertyCatalog.propertyNames()) {
			assertFalse(isUnit(name), name + " reads as a unit");
		}
		// the structural words stay few: element keywords, link roles, qualifiers, sweep words, the words of a region's
		// outline (at, rotated, union, minus, intersect), punctuation
		assertTrue(reserved.size() < 70, "reserved words: " + reserved);
	}

	private static boolean isUnit(String word) {
		try {
			org.spintex.dsl.units.UnitSyntax.parse(word);
			return true;
		} catch (RuntimeException notAUnit) {
			return false;
		}
	}

	@Test
	void everyQuantityHasAKindAndEveryChoiceItsWords() {
		for (ElementSchema schema : PropertyCatalog.all()) {
			for (PropertySpec p : schema.properties()) {
				switch (p.shape()) {
				case QUANTITY, VECTOR -> assertTrue(p.kind() != null, p.name());
				case CHOICE, NAMES -> assertFalse(p.words().isEmpty(), p.name());
				case TEXT -> assertTrue(p.kind() == null, p.name());
				}
				assertFalse(p.meaning().isBlank(), schema.title() + " " + p.name());
			}
			assertTrue(schema.properties().stream().map(PropertySpec::name).toList()
					.containsAll(schema.required()), schema.title());
		}
	}

	@Test
	void everyKindParsesItsOwnUnits() {
		for (QuantityKind kind : QuantityKind.values()) {
			if (kind.siUnit() != null) {
				assertTrue(kind.accepts(org.spintex.dsl.units.UnitSyntax.parse(kind.typicalUnit())), kind.name());
			}
		}
	}

	/** docs/language-reference.md is what LanguageReference generates; on a difference the fresh text is in target/. */
	@Test
	void languageReferenceIsUpToDate() throws IOException {
		String generated = LanguageReference.markdown();
		if (!Files.exists(REFERENCE) || !Files.readString(REFERENCE).equals(generated)) {
			Files.writeString(Path.of("target/language-reference.md"), generated, StandardCharsets.UTF_8);
		}
		assertTrue(Files.exists(REFERENCE), "docs/language-reference.md is missing; copy it from target/");
		assertEquals(generated, Files.readString(REFERENCE),
				"docs/language-reference.md is stale: regenerate it with ./spintex reference > docs/language-reference.md "
						+ "(or copy dsl/org.spintex.dsl/target/language-reference.md)");
	}
}
