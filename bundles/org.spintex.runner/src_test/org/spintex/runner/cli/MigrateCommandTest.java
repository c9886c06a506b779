package org.spintex.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@code spintex migrate}, {@code fmt} and {@code check} on files of language 2 and 3: the frozen
 * language-2 examples migrate to today's examples exactly and compile to the same inputs.
 */
class MigrateCommandTest extends CommandLineTestBase {

	private static final Path FROZEN = Path.of("testdata/language2");
	private static final Path EXAMPLES = Path.of("../../examples");

	private static List<Path> frozen() throws IOException {
		try (Stream<Path> files = Files.walk(FROZEN)) {
			return files.filter(p -> p.toString().endsWith(".spintex")).sorted().toList();
		}
	}

	private Path copyOfFrozen() throws IOException {
		Path copy = dir.resolve("language2");
		for (Path file : frozen()) {
			Path target = copy.resolve(FROZEN.relativize(file).toString());
			Files.createDirectories(target.getParent());
			Files.copy(file, target);
		}
		return copy;
	}

	@Test
	void everyFrozenExampleMigratesToTodaysExample() throws IOException {
		Path copy = copyOfFrozen();
		assertEquals(ExitCodes.OK, spintex("migrate", copy.toString()), err.toString());
		List<Path> files = frozen();
		assertEquals(17, files.size());
		for (Path file : files) {
			String relative = FROZEN.relativize(file).toString();
			assertEquals(Files.readString(EXAMPLES.resolve(relative)), Files.readString(copy.resolve(relative)), relative);
		}
		assertTrue(out.toString().contains("ti-edge-switching.spintex: migrated from language 2 to 3 (lattice → "
				+ "lattice-constant)"), out.toString());
		assertTrue(out.toString().endsWith("17 files: 17 in an older language, migrated\n"), out.toString());
	}

	/** A language-2 file means what its migrated form means: every study compiles to the same inputs and hashes. */
	@Test
	void aFrozenExampleCompilesToTheSameInputsAsTodaysExample() throws IOException {
		int compared = 0;
		for (Path file : frozen()) {
			String relative = FROZEN.relativize(file).toString();
			if (relative.startsWith("materials")) {
				continue; // libraries have no studies
			}
			assertEquals(ExitCodes.OK, spintex("compile", EXAMPLES.resolve(relative).toString()), err.toString());
			String today = out.toString();
			out.getBuffer().setLength(0);
			assertEquals(ExitCodes.OK, spintex("compile", file.toString()), err.toString());
			String frozen = out.toString();
			out.getBuffer().setLength(0);
			assertTrue(today.contains("\"hash\""), relative);
			assertEquals(today, frozen, relative);
			compared++;
		}
		assertEquals(14, compared);
	}

	@Test
	void checkReadsMixedFoldersAndNamesMigrateOnceAFile() throws IOException {
		Path copy = copyOfFrozen();
		Files.copy(EXAMPLES.resolve("standard-problems/sp5.spintex"), copy.resolve("standard-problems/sp5-new.spintex"));
		assertEquals(ExitCodes.OK, spintex("check", copy.toString()), err.toString());
		List<String> warnings = out.toString().lines().filter(l -> l.contains(": warning: ")).toList();
		assertEquals(17, warnings.size(), out.toString());
		assertTrue(warnings.stream().allMatch(w -> w.contains("written in language 2") && w.contains("spintex migrate")));
		assertFalse(out.toString().contains("sp5-new.spintex:"), out.toString());
		assertTrue(out.toString().endsWith("18 files checked: 0 errors, 17 warnings\n"), out.toString());
	}

	@Test
	void migrateCheckListsOlderFilesAndChangesNothing() throws IOException {
		Path copy = copyOfFrozen();
		Path current = Files.copy(EXAMPLES.resolve("standard-problems/sp4.spintex"), copy.resolve("sp4-new.spintex"));
		String before = Files.readString(copy.resolve("spin-orbit/ti-edge-switching.spintex"));
		assertEquals(ExitCodes.RUN_FAILED, spintex("migrate", "--check", copy.toString()));
		assertTrue(out.toString().contains("ti-edge-switching.spintex: language 2"), out.toString());
		assertFalse(out.toString().contains("sp4-new"), out.toString());
		assertEquals(before, Files.readString(copy.resolve("spin-orbit/ti-edge-switching.spintex")));
		out.getBuffer().setLength(0);
		assertEquals(ExitCodes.OK, spintex("migrate", "--check", current.toString()));
		assertEquals("1 file: 0 in an older language\n", out.toString());
	}

	/** fmt writes the current language: an older file is migrated on the way, a current one only formatted. */
	@Test
	void fmtMigratesOlderFiles() throws IOException {
		Path copy = copyOfFrozen();
		Path file = copy.resolve("spin-orbit/ti-surface-portrait.spintex");
		assertEquals(ExitCodes.RUN_FAILED, spintex("fmt", "--check", file.toString()));
		assertTrue(out.toString().contains("ti-surface-portrait.spintex: language 2, not formatted"), out.toString());
		assertEquals(ExitCodes.OK, spintex("fmt", file.toString()), err.toString());
		assertEquals(Files.readString(EXAMPLES.resolve("spin-orbit/ti-surface-portrait.spintex")), Files.readString(file));
		out.getBuffer().setLength(0);
		assertEquals(ExitCodes.OK, spintex("fmt", "--check", EXAMPLES.toString()), out.toString());
	}

	@Test
	void aFileOfANewerLanguageIsRefusedWithTheReason() throws IOException {
		Path file = Files.writeString(dir.resolve("future.spintex"), "spintex 9\n\nmaterial Py {\n\tdamping alpha = 0.1\n}\n");
		assertEquals(ExitCodes.BAD_INPUT, spintex("migrate", file.toString()));
		assertTrue(out.toString().contains("future.spintex: error: written in language 9, newer than this Spintex"),
				out.toString());
		out.getBuffer().setLength(0);
		assertEquals(ExitCodes.BAD_INPUT, spintex("check", file.toString()));
		assertTrue(out.toString().contains("future.spintex:1:9: error: this file is written in language 9"), out.toString());
	}
}
