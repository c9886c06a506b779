package org.spintex.runner.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.spintex.compiler.CompileException;
import org.spintex.compiler.StudyCompiler;
import org.spintex.dsl.spintex.Study;
import org.spintex.dsl.units.QuantityKind;
import org.spintex.runner.study.CompileCheck;
import org.spintex.runner.study.DeviceFiles;
import org.spintex.runner.study.StudySelection;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Grammar-aware mutational fuzzing of the language front end (README, "Reliability"): every example file
 * with one to four edits whose tokens come from the grammar's keywords, the units of every quantity, boundary
 * numbers, the file's own names and random text. For every mutant, {@code spintex check}'s path (parse, link,
 * validate) ends without an exception and places every problem at a line and column; a mutant the language's
 * rules pass compiles, every study in it, without a crash; and where compiling refuses it, check's compile step
 * ({@link CompileCheck}) reports that at the study — check finds everything compile would. The cases only the
 * compile step caught are counted: rules the language has yet to learn.
 *
 * <p>The number of cases is jqwik's {@code jqwik.tries.default} (the build sets 10⁴; the README's long run
 * sets 10⁶). The seed is fixed, so a failure is reproducible; jqwik shrinks it to the fewest edits.
 */
class FrontEndFuzzTest {

	private static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();
	private static final DeviceFiles LOADER = new DeviceFiles();
	private static final Path WORK = workFolder();
	private static final List<Path> SEEDS = exampleFiles();
	private static final AtomicLong CASES = new AtomicLong();
	private static final AtomicLong PASSED_CHECK = new AtomicLong();
	private static final AtomicLong CAUGHT_BY_COMPILE_STEP = new AtomicLong();

	@Property(seed = "20261201", shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
	void checkNeverCrashesAndWhatItPassesCompiles(@ForAll("mutants") Mutant mutant) throws IOException {
		CASES.incrementAndGet();
		// the mutant sits where its example was, so that its imports resolve as they did
		Path file = WORK.resolve(EXAMPLES.relativize(mutant.seed()));
		// lone surrogates from the random text become '?', as any editor would save them
		Files.write(file, mutant.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		try {
			checkThenCompile(file, mutant);
		} finally {
			// a mutated material library must not leak into the next mutant's imports
			Files.writeString(file, read(mutant.seed()));
		}
	}

	private static void checkThenCompile(Path file, Mutant mutant) {
		DeviceFiles.Loaded loaded;
		try {
			loaded = LOADER.load(file);
		} catch (RuntimeException e) {
			throw new AssertionError("check crashed on\n" + mutant.text(), e);
		}
		for (Issue issue : loaded.issues()) {
			assertTrue(issue.getLineNumber() != null && issue.getLineNumber() >= 1 && issue.getColumn() != null
					&& issue.getColumn() >= 1, "no file:line:column for '" + issue.getMessage() + "' in\n" + mutant.text());
		}
		if (loaded.hasErrors()) {
			return;
		}
		// the language's rules passed it: compiling it must not crash, and a refusal must reach the user as an error of
		// check at the study (CompileCheck); such a case is a rule the language has yet to learn, counted, not failed
		for (Study study : StudySelection.studies(StudySelection.model(loaded))) {
			try {
				new StudyCompiler().compile(study, List.of());
			} catch (CompileException e) {
				CAUGHT_BY_COMPILE_STEP.incrementAndGet();
				List<Issue> refused = CompileCheck.of(loaded.resource());
				assertTrue(!refused.isEmpty() && refused.get(0).getLineNumber() >= 1,
						"check's compile step missed '" + e.getMessage() + "' in\n" + mutant.text());
				return;
			} catch (RuntimeException e) {
				throw new AssertionError("check passed, compile crashed on study " + study.getName() + " of\n" + mutant.text(), e);
			}
		}
		PASSED_CHECK.incrementAndGet();
	}

	@AfterContainer
	static void report() {
		System.out.printf("front-end fuzzing: %d mutants, %d passed check and compiled, %d passed the language's rules and were "
				+ "refused by check's compile step%n", CASES.get(), PASSED_CHECK.get(), CAUGHT_BY_COMPILE_STEP.get());
	}

	/** An example file and its mutated text. */
	record Mutant(Path seed, String text) {
		@Override
		public String toString() {
			return EXAMPLES.relativize(seed) + ":\n" + text;
		}
	}

	@Provide
	Arbitrary<Mutant> mutants() {
		Arbitrary<DeviceFileEdit> edit = Combinators.combine(Arbitraries.of(DeviceFileEdit.Kind.class),
				Arbitraries.doubles().between(0, 1).ofScale(6), Arbitraries.doubles().between(0, 1).ofScale(6), tokens())
				.as(DeviceFileEdit::new);
		return Combinators.combine(Arbitraries.of(SEEDS), edit.list().ofMinSize(1).ofMaxSize(4)).as((seed, edits) -> {
			String text = read(seed);
			for (DeviceFileEdit e : edits) {
				text = e.applyTo(text);
			}
			return new Mutant(seed, text);
		});
	}

	/**
	 * The grammar's keywords and the catalog's property names (identifiers since language 3; with language 2's
	 * renamed ones and the version line), every quantity's units, boundary numbers, names from the examples and
	 * random text.
	 */
	private static Arbitrary<String> tokens() {
		IGrammarAccess grammar = LOADER.injector().getInstance(IGrammarAccess.class);
		Set<String> words = new java.util.TreeSet<>(GrammarUtil.getAllKeywords(grammar.getGrammar()));
		words.addAll(org.spintex.dsl.catalog.PropertyCatalog.propertyNames());
		org.spintex.dsl.migration.Migrations.RENAMES.forEach(r -> words.add(r.oldName()));
		words.addAll(List.of("spintex 2", "spintex 3", "spintex 4"));
		List<String> keywords = new ArrayList<>(words);
		Set<String> units = new LinkedHashSet<>();
		for (QuantityKind kind : QuantityKind.values()) {
			// dimensionless kinds have no unit
			java.util.stream.Stream.of(kind.typicalUnit(), kind.siSymbol()).filter(u -> u != null && !u.isBlank())
					.forEach(units::add);
		}
		units.addAll(List.of("nm", "um", "mm", "m", "ps", "ns", "s", "mT", "T", "eV", "meV", "K", "mA", "A", "Ohm", "kA/m",
				"pJ/m", "mJ/m^2", "kJ/m^3", "deg", "rad", "A/m^2", "V", "GHz"));
		List<String> numbers = List.of("0", "-0", "1", "-1", "2", "3.5", "0.5", "-1e-30", "1e-308", "1e308", "1e999", "-1e999",
				"123456789", "2147483648", "1e-12", "0.000", "(0, 0, 0)", "(1, 0)", "(1, 2, 3, 4)", "(nan, 0, 1)");
		List<String> names = List.of("magnet", "strip", "chain", "site", "left", "right", "start", "skyrmions", "Permalloy",
				"CuOSeFilm", "magnet.west", "magnet.length", "strip.east", "field", "current", "\"a string\"");
		return Arbitraries.frequencyOf(
				net.jqwik.api.Tuple.of(4, Arbitraries.of(keywords)),
				net.jqwik.api.Tuple.of(2, Arbitraries.of(List.copyOf(units))),
				net.jqwik.api.Tuple.of(3, Arbitraries.of(numbers)),
				net.jqwik.api.Tuple.of(2, Arbitraries.of(names)),
				net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMinLength(1).ofMaxLength(6).withChars("{}()[],.:=;\"/\\#@-+*eE0123456789 \n\tµ°")),
				net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMinLength(1).ofMaxLength(12).all()));
	}

	private static List<Path> exampleFiles() {
		try (var walk = Files.walk(EXAMPLES)) {
			List<Path> files = walk.filter(p -> p.toString().endsWith(".spintex")).sorted().toList();
			for (Path p : files) {
				Path copy = WORK.resolve(EXAMPLES.relativize(p));
				Files.createDirectories(copy.getParent());
				Files.copy(p, copy);
			}
			assertTrue(files.size() >= 16, "the examples: " + files);
			return files;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Path workFolder() {
		try {
			return Files.createTempDirectory("spintex-fuzz");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
