package org.spintex.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.spintex.dsl.migration.LanguageVersion;
import org.spintex.dsl.migration.Migrations;
import org.spintex.dsl.migration.Migrator;
import org.spintex.dsl.spintex.Contact;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Model;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.Quantity;
import org.spintex.dsl.spintex.Study;
import org.spintex.dsl.spintex.Words;
import org.spintex.dsl.validation.LanguageVersionValidator;
import org.spintex.dsl.validation.SpintexValidator;

/** Language 3: property names are names, files state their language, older files are read and migrated. */
class LanguageThreeTest {

	private static final String MATERIAL = """
			material Py {
				exchange A = 13 pJ/m
				saturation Ms = 800 kA/m
				damping alpha = 0.5
			}
			""";

	/** Parts named after properties (`width`, `field`, `current`, `position`) were keywords in language 2. */
	private static final String NAMED_LIKE_PROPERTIES = "spintex 3\n\n" + MATERIAL + """

			device Names {
				film width { material Py  shape box  length 100 nm  width 50 nm  thickness 2 nm  cell 5 nm }
				contact field on width.west { current-density 1e12 A/m^2  polarization 0.4 zhang-li mumax  beta 0.02 }
				texture current : uniform { direction (1, 0, 0) }
				study position : micromagnetic { film width  initial-state current  duration 10 ps  time-step 0.1 ps  integrator heun }
			}
			""";

	@Test
	void partsMayBeNamedLikeProperties() throws IOException {
		assertEquals(List.of(), DeviceFiles.validate(NAMED_LIKE_PROPERTIES));
		Device device = (Device) DeviceFiles.parse(NAMED_LIKE_PROPERTIES).getElements().get(1);
		assertEquals(List.of("width", "field", "current", "position"), device.getParts().stream()
				.map(part -> (String) part.eGet(part.eClass().getEStructuralFeature("name"))).toList());
		assertEquals("width", ((Contact) device.getParts().get(1)).getFilm().getName());
	}

	/** After a dimensionless number, a property name starts the next property; any other name is the unit. */
	@Test
	void aNameAfterANumberIsItsUnitUnlessItIsAProperty() throws IOException {
		Device device = (Device) DeviceFiles.parse(NAMED_LIKE_PROPERTIES).getElements().get(1);
		List<Property> contact = ((Contact) device.getParts().get(1)).getProperties();
		assertEquals(List.of("current-density", "polarization", "zhang-li", "beta"),
				contact.stream().map(Property::getName).toList());
		Quantity polarization = (Quantity) contact.get(1).getValue();
		assertEquals(0.4, polarization.getValue());
		assertNull(polarization.getUnit());
		assertEquals(List.of("mumax"), ((Words) contact.get(2).getValue()).getWords());
		assertEquals("A/m^2", ((Quantity) contact.get(0).getValue()).getUnit());
		// a unit's exponent is not a number that starts another unit: `m^2 polarization` stays two properties
		assertEquals("nm", ((Quantity) ((org.spintex.dsl.spintex.Film) device.getParts().get(0)).getProperties().get(1)
				.getValue()).getUnit());
	}

	/** A misspelt property after a dimensionless number is named as a property, not taken for a unit. */
	@Test
	void aMisspeltPropertyWithItsValueIsAnUnknownProperty() throws IOException {
		String text = NAMED_LIKE_PROPERTIES.replace("beta 0.02", "bta 0.02");
		List<Issue> issues = DeviceFiles.validate(text);
		assertEquals(1, issues.size(), issues.toString());
		assertEquals(SpintexValidator.UNKNOWN_PROPERTY, issues.get(0).getCode());
		assertTrue(issues.get(0).getMessage().startsWith("contact has no property 'bta'"), issues.get(0).getMessage());
		String symbol = NAMED_LIKE_PROPERTIES.replace("beta 0.02", "bta b = 0.02");
		assertEquals(List.of(SpintexValidator.UNKNOWN_PROPERTY),
				DeviceFiles.validate(symbol).stream().map(Issue::getCode).toList());
	}

	@Test
	void aFileWithoutItsLanguageLineIsLanguageTwoWithOneWarning() throws IOException {
		String languageTwo = NAMED_LIKE_PROPERTIES.replace("spintex 3\n\n", "");
		Model model = DeviceFiles.parse(languageTwo);
		assertEquals(2, LanguageVersion.of(model));
		List<Issue> issues = DeviceFiles.validate(languageTwo);
		assertEquals(1, issues.size(), issues.toString());
		assertEquals(Severity.WARNING, issues.get(0).getSeverity());
		assertEquals(LanguageVersionValidator.OLDER_LANGUAGE, issues.get(0).getCode());
		assertEquals(1, issues.get(0).getLineNumber());
		assertTrue(issues.get(0).getMessage().contains("spintex migrate"), issues.get(0).getMessage());
	}

	@Test
	void aLanguageThisSpintexDoesNotKnowIsAnError() throws IOException {
		for (String version : List.of("4", "1")) {
			List<Issue> issues = DeviceFiles.validate(NAMED_LIKE_PROPERTIES.replace("spintex 3", "spintex " + version));
			assertEquals(List.of(LanguageVersionValidator.UNKNOWN_LANGUAGE), issues.stream().map(Issue::getCode).toList());
			assertEquals(1, issues.get(0).getLineNumber());
		}
	}

	private static final String MACROSPIN = MATERIAL.replace("damping", "anisotropy uniaxial K = 10 kJ/m^3 along x\n\tdamping")
			+ """

			device Edge {
				film strip { material Py  shape wire  length 100 nm  width 5 nm  thickness 2 nm  cell 5 nm }
				texture red : uniform { direction (0, 0, 1) }
				study switching : macrospin {
					film strip
					initial-state red
					interface ti-edge
					exchange-ratio alpha = 1
					lattice a = 0.5 nm
					duration 1 ns
				}
			}
			""";

	/** Language 2's `lattice` is language 3's `lattice-constant`: read so in memory, refused in a language-3 file. */
	@Test
	void aRenamedPropertyIsReadInAnOldFileAndExplainedInANewOne() throws IOException {
		Model old = DeviceFiles.parse(MACROSPIN);
		Study study = (Study) ((Device) old.getElements().get(1)).getParts().get(2);
		assertTrue(study.getProperties().stream().anyMatch(p -> p.getName().equals("lattice-constant")));
		List<Issue> oldIssues = DeviceFiles.validate(MACROSPIN);
		assertEquals(List.of(LanguageVersionValidator.OLDER_LANGUAGE), oldIssues.stream().map(Issue::getCode).toList());
		assertTrue(oldIssues.get(0).getMessage().contains("(lattice → lattice-constant)"), oldIssues.get(0).getMessage());

		List<Issue> issues = DeviceFiles.validate("spintex 3\n" + MACROSPIN).stream()
				.filter(i -> SpintexValidator.UNKNOWN_PROPERTY.equals(i.getCode())).toList();
		assertEquals(1, issues.size(), issues.toString());
		assertEquals("'lattice' is the language-2 name of 'lattice-constant' (renamed in language 3): write "
				+ "'lattice-constant'; 'spintex migrate FILE' rewrites files written in language 2", issues.get(0).getMessage());
	}

	/**
	 * Migrating writes the language line after the file's description, renames, keeps every comment and
	 * formats; the result is a language-3 file without issues that migrates to itself.
	 */
	@Test
	void migratingRewritesTheTextKeepingComments() throws IOException {
		String old = "// a ferromagnet on a topological-insulator edge\n\n" + MACROSPIN.replace("lattice a",
				"// the edge's lattice\n\t\t\tlattice a");
		XtextResource resource = DeviceFiles.load(old);
		Migrator.Outcome outcome = DeviceFiles.INJECTOR.getInstance(Migrator.class).migrate(resource, old);
		assertEquals(2, outcome.fromVersion());
		assertEquals(List.of("lattice → lattice-constant"), outcome.changes());
		String text = outcome.text();
		assertTrue(text.startsWith("// a ferromagnet on a topological-insulator edge\n\nspintex 3\n\nmaterial Py {\n"), text);
		assertTrue(text.contains("\t\t// the edge's lattice\n\t\tlattice-constant a = 0.5 nm\n"), text);
		assertEquals(List.of(), DeviceFiles.validate(text));
		XtextResource again = DeviceFiles.load(text);
		assertEquals(text, DeviceFiles.INJECTOR.getInstance(Migrator.class).migrate(again, text).text());
		assertEquals(List.of(), Migrations.edits((Model) again.getContents().get(0)));
	}

	/** A file whose first statement carries its own comment gets the line on top, so the comment stays with it. */
	@Test
	void theLanguageLineDoesNotSeparateAStatementFromItsComment() throws IOException {
		String old = "// soft magnets\n" + MATERIAL;
		XtextResource resource = DeviceFiles.load(old);
		String text = DeviceFiles.INJECTOR.getInstance(Migrator.class).migrate(resource, old).text();
		assertTrue(text.startsWith("spintex 3\n\n// soft magnets\nmaterial Py {"), text);
	}

	/**
	 * A language-2 film wall that started a study without saying its arrangement and chirality defaulted to
	 * up-down Néel; language 3 has head-to-head Bloch everywhere. Read or migrated, the old file keeps its wall.
	 */
	@Test
	void aLanguageTwoFilmWallGetsItsOldDefaultsWrittenOut() throws IOException {
		String old = MATERIAL + """

				device Strip {
					film strip { material Py  shape box  length 100 nm  width 10 nm  thickness 1 nm  cell 1 nm }
					texture flip : domain-wall { center 50 nm }
					texture spare : domain-wall { center 20 nm }
					study settle : micromagnetic { film strip  initial-state flip  demag off }
				}
				""";
		Model model = DeviceFiles.parse(old);
		org.spintex.dsl.spintex.Texture flip = (org.spintex.dsl.spintex.Texture) ((Device) model.getElements().get(1))
				.getParts().get(1);
		assertEquals(List.of("center", "arrangement", "chirality"), flip.getProperties().stream().map(Property::getName).toList());
		List<Issue> issues = DeviceFiles.validate(old).stream()
				.filter(i -> LanguageVersionValidator.OLDER_LANGUAGE.equals(i.getCode())).toList();
		assertEquals(1, issues.size(), issues.toString());
		assertTrue(issues.get(0).getMessage().contains("domain-wall flip: language 2's arrangement up-down, chirality neel "
				+ "written out"), issues.get(0).getMessage());
		String migrated = DeviceFiles.INJECTOR.getInstance(Migrator.class).migrate(DeviceFiles.load(old), old).text();
		assertTrue(migrated.contains("""
					texture flip : domain-wall {
						arrangement up-down
						chirality neel
						center 50 nm
					}
				"""), migrated);
		// a wall that starts no study is not touched, and a language-3 wall gets no defaults in memory
		assertTrue(migrated.contains("texture spare : domain-wall {\n\t\tcenter 20 nm\n\t}"), migrated);
		org.spintex.dsl.spintex.Texture current = (org.spintex.dsl.spintex.Texture) ((Device) DeviceFiles
				.parse("spintex 3\n" + old).getElements().get(1)).getParts().get(1);
		assertEquals(List.of("center"), current.getProperties().stream().map(Property::getName).toList());
	}
}
