package org.spintex.dsl.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.xtext.GrammarUtil;
import org.spintex.dsl.SpintexStandaloneSetup;
import org.spintex.dsl.migration.LanguageVersion;
import org.spintex.dsl.migration.Migrations;
import org.spintex.dsl.migration.PropertyRename;
import org.spintex.dsl.services.SpintexGrammarAccess;

/**
 * Writes {@code docs/language-reference.md} from the PropertyCatalog and the grammar, so that the
 * reference cannot drift from the language: a test regenerates it and compares.
 */
public final class LanguageReference {

	private LanguageReference() {
	}

	/** Regenerates the reference: {@code LanguageReference docs/language-reference.md}. */
	public static void main(String[] args) throws IOException {
		Files.writeString(Path.of(args[0]), markdown(), StandardCharsets.UTF_8);
	}

	public static String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("# Spintex language reference\n\n");
		md.append("Generated from the grammar and the property catalog "
				+ "(`dsl/org.spintex.dsl/src/org/spintex/dsl/catalog/PropertyCatalog.java`); do not edit by hand. "
				+ "Regenerate with `./spintex reference > docs/language-reference.md`.\n\n");
		md.append("This is language " + LanguageVersion.CURRENT + ". A file states its language in a line `"
				+ LanguageVersion.header() + "` before its first import or element (after the file's description in "
				+ "comments); `spintex fmt` and `spintex migrate` write it. A file without that line is language "
				+ LanguageVersion.UNVERSIONED + ": `check`, `compile`, `run` and the workbench read it as language "
				+ LanguageVersion.CURRENT + " with one warning, and `spintex migrate FILE...` (or the workbench's quick fix "
				+ "on that warning) rewrites it.\n\n");
		md.append("""
				A property is written `name [class] [symbol =] value [along direction]`, e.g.
				`exchange A = 0.7 pJ/m`, `dmi interfacial D = 0.1 mJ/m^2`, `anisotropy uniaxial K = 60 kJ/m^3 along z`,
				`temperature 20 K`, `chirality neel`. Values carry units with SI prefixes, products, quotients and
				powers (`1.5 pJ/m`, `3 mJ/m^2`, `0.8 MA/m`, `1e12 A/m^2`, `20 meV`, `300 K`, `2 ns`, `25 mT`; `u` may
				stand for micro, `Ohm` for Ω, `deg` for degrees); pure numbers have none. Engines receive SI values.

				Conventions are words: `charge-sign mumax` (default: Q = (1/4π)∫m·(∂x m × ∂y m), a core-down
				skyrmion has Q = −1; `seed-000` flips the sign), `zhang-li mumax` (default: u carries 1/(1 + β²);
				`ubermag` does not), `dmi-convention mumax` (default: interfacial energy density
				D[m_z ∇·m − (m·∇)m_z], seed 000 eq. (26); `inverted` flips the sign). A material means the same in every engine: its `exchange`, `anisotropy` and `dmi` are those of the
				micromagnetic energy density A(∇m)² − K m_z² + D[m_z ∇·m − (m·∇)m_z]. Seed 000's per-area constants of
				eq. (25), which halves exchange and anisotropy, follow for a film of thickness d as A_2D = 2A·d,
				κ = 2K·d, D_2D = D·d; its easy-axis term −κ n_z²/2 with κ > 0 is `anisotropy uniaxial K along z` with
				K = κ/(2d), and its stability bound π²D_2D²/(4κA_2D) < 1 is D < D_c = 4√(AK)/π.

				Sweeps: `sweep OWNER.PROPERTY [linear|log] from A to B in N points` or `sweep OWNER.PROPERTY over
				A, B, C`; OWNER is a part, a material or `environment`, PROPERTY a property name or its symbol.
				Several sweeps form a grid unless the study says `sweep-mode zip`. The same paths work on the
				command line: `spintex run FILE --set magnet.thickness=5nm`.

				""");
		for (ElementSchema schema : PropertyCatalog.all()) {
			md.append("## ").append(schema.title()).append("\n\n").append(capitalise(schema.meaning())).append(".\n\n");
			if (schema.title().startsWith("film")) {
				md.append("Sizes each shape needs: ");
				md.append(PropertyCatalog.filmSizes().entrySet().stream().map(LanguageReference::shapeSizes)
						.collect(Collectors.joining("; "))).append(". Mesh: `cell` or `cells`.\n\n");
			}
			if (!schema.links().isEmpty()) {
				md.append("| role | names a | meaning |\n|---|---|---|\n");
				schema.links().forEach(l -> md.append("| `").append(l.role()).append("` | ").append(l.target())
						.append(" | ").append(l.meaning()).append(" |\n"));
				md.append('\n');
			}
			md.append("| property | symbol | value | SI unit | range | required | meaning | source |\n");
			md.append("|---|---|---|---|---|---|---|---|\n");
			for (PropertySpec p : schema.properties()) {
				md.append("| `").append(p.name()).append(p.qualifiers().isEmpty() ? "" : " " + String.join("\\|", p.qualifiers()))
						.append("` | ").append(p.symbol()).append(" | ").append(valueForm(p)).append(" | ")
						.append(p.siUnit()).append(" | ").append(p.range().describe()).append(" | ")
						.append(schema.required().contains(p.name()) ? "yes" : "").append(" | ").append(p.meaning())
						.append(" | ").append(p.source()).append(" |\n");
			}
			md.append('\n');
		}
		md.append("## Reserved words\n\n");
		md.append("Property names, kinds and choices are ordinary names, so a part may be called `field`, `current`, "
				+ "`width` or anything else except these structural words of the grammar (element keywords, link roles, "
				+ "the classes of `dmi` and `anisotropy`, sweep words):\n\n");
		SpintexGrammarAccess grammar = new SpintexStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(SpintexGrammarAccess.class);
		Set<String> words = new TreeSet<>(GrammarUtil.getAllKeywords(grammar.getGrammar()));
		words.removeIf(k -> !Character.isLetter(k.charAt(0)));
		md.append(words.stream().map(k -> "`" + k + "`").collect(Collectors.joining(", "))).append("\n\n");
		md.append("A name right after a number is the number's unit unless it is a property name or a value follows it "
				+ "(`polarization 0.4 profile neel`: `profile` is the next property; `length 100 nm`: `nm` is a unit), so "
				+ "no property is named like a unit.\n\n");
		md.append("## Changes from language 2\n\n");
		md.append("- Property names are names, not keywords: every name that is not reserved above may name a part, and "
				+ "new properties never break existing files.\n");
		md.append("- A file states its language: `" + LanguageVersion.header() + "`.\n");
		for (PropertyRename rename : Migrations.RENAMES) {
			md.append("- `").append(rename.oldName()).append("` is now `").append(rename.newName()).append("` (")
					.append(rename.why()).append(").\n");
		}
		Migrations.meaningChanges().forEach(change -> md.append("- ").append(capitalise(change)).append(".\n"));
		md.append("- Results are unchanged: every example of language 2 migrates to its language-3 form and compiles "
				+ "to the same input hash.\n");
		return md.toString();
	}

	private static String shapeSizes(Map.Entry<String, Set<String>> entry) {
		return "`" + entry.getKey() + "` " + String.join(", ", new TreeSet<>(entry.getValue()));
	}

	private static String valueForm(PropertySpec p) {
		return switch (p.shape()) {
		case QUANTITY -> p.kind().description();
		case VECTOR -> "vector: " + p.kind().description();
		case CHOICE -> String.join(" \\| ", p.words()) + " (default " + p.defaultWord() + ")";
		case NAMES -> "list of " + String.join(", ", p.words());
		case TEXT -> "quoted text";
		};
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
