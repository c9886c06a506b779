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
import org.eclipse.xtext.ParserRule;
import org.junit.jupiter.api.Test;
import org.spintex.dsl.SpintexStandaloneSetup;
import org.spintex.dsl.services.SpintexGrammarAccess;
import org.spintex.dsl.units.QuantityKind;

/** The catalog, the grammar and the language reference say the same thing. */
class PropertyCatalogTest {

	private static final Path REFERENCE = Path.of("../../docs/language-reference.md");

	@Test
	void grammarKeywordsAreExactlyTheCatalogsPropertyNames() {
		SpintexGrammarAccess grammar = new SpintexStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(SpintexGrammarAccess.class);
		ParserRule rule = grammar.getPropertyNameRule();
		Set<String> keywords = new TreeSet<>();
		GrammarUtil.containedKeywords(rule).forEach(k -> keywords.add(k.getValue()));
		assertEquals(PropertyCatalog.propertyNames(), keywords);
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
