package org.spintex.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The command line as a user meets it: exit codes and what it prints. */
class SpintexCommandTest extends CommandLineTestBase {

	@Test
	void versionNamesTheBundleVersion() {
		assertEquals(ExitCodes.OK, spintex("--version"));
		assertTrue(out.toString().matches("(?s)Spintex \\d+\\.\\d+\\.\\d+\\..*Java \\d+.*"), out.toString());
	}

	@Test
	void helpListsTheCommands() {
		assertEquals(ExitCodes.OK, spintex("--help"));
		assertTrue(out.toString().contains("check"), out.toString());
		assertTrue(out.toString().contains("ide"), out.toString());
	}

	/** main registers only the subcommand it is given: help for another one, and a misspelt one, still see them all. */
	@Test
	void helpOnACommandAndAMisspeltCommandStillSeeEveryCommand() {
		assertEquals(ExitCodes.OK, spintex("help", "run"));
		assertTrue(out.toString().contains("Usage: spintex run"), out.toString());
		assertEquals(ExitCodes.OK, spintex("run", "--help"));
		assertTrue(out.toString().contains("--on="), out.toString());
		assertEquals(ExitCodes.BAD_INPUT, spintex("rnu", "x.spintex"));
		assertTrue(err.toString().contains("run"), err.toString());
	}

	@Test
	void unknownOptionIsAUsageError() {
		assertEquals(ExitCodes.BAD_INPUT, spintex("--frobnicate"));
		assertTrue(err.toString().contains("--frobnicate"), err.toString());
	}

	@Test
	void checkAcceptsAValidDevice() throws IOException {
		Path file = write("good.spintex", """
				spintex 3
				material Py {
				    exchange A = 13 pJ/m
				    saturation Ms = 800 kA/m
				    damping alpha = 0.02
				}
				""");
		assertEquals(ExitCodes.OK, spintex("check", file.toString()), err.toString());
		assertTrue(out.toString().contains("1 file checked: 0 errors, 0 warnings"), out.toString());
	}

	/** Names that mislead: a second part of a name, a link to a part of the wrong kind, a part no study reads. */
	@Test
	void checkReportsDuplicateNamesWrongLinksAndUnusedParts() throws IOException {
		Path file = write("names.spintex", """
				spintex 3
				material M {
					exchange A = 13 pJ/m
					saturation Ms = 800 kA/m
					damping alpha = 0.1
				}

				device Names {
					film strip {
						material M
						shape box
						length 64 nm
						width 16 nm
						thickness 2 nm
						cell 4 nm
					}
					texture strip : uniform {
						direction (1, 0, 0)
					}
					contact pad on strip.west {
						current-density J = 1e11 A/m^2
						polarization P = 0.5
					}
					gate valve on strip {
						position 32 nm
						width 8 nm
					}
					study settle : micromagnetic {
						film pad
						duration 10 ps
					}
				}
				""");
		assertEquals(ExitCodes.BAD_INPUT, spintex("check", file.toString()));
		String printed = out.toString();
		assertTrue(printed.contains(file + ":17:10: error: there is already a film named strip in device Names (line 9); names are "
				+ "unique in device Names: rename one"), printed);
		assertTrue(printed.contains(file + ":29:8: error: film must name a film, but pad is a contact"), printed);
		assertTrue(printed.contains(file + ":24:7: warning: gate valve is not used by study settle (micromagnetic); link it "
				+ "from a study that reads it, or remove it"), printed);
	}

	/**
	 * One validation path: what the language's rules miss but compiling refuses (a cross-section that underflows to
	 * 0 m², found by the long fuzzing run) is an error of check at the study, not a surprise of run.
	 */
	@Test
	void checkCompilesEveryStudyAndReportsARefusalAtTheStudy() throws IOException {
		Path example = Path.of("../../examples/winding-battery/charge-store-discharge.spintex").toAbsolutePath().normalize();
		Path file = Files.createDirectories(dir.resolve("winding-battery")).resolve("tiny.spintex");
		Files.copy(example.resolveSibling("../materials/easy-plane-magnets.spintex").normalize(),
				Files.createDirectories(dir.resolve("materials")).resolve("easy-plane-magnets.spintex"));
		Files.writeString(file, Files.readString(example).replace("width 20 nm", "width 1e-308 nm"));
		assertEquals(ExitCodes.BAD_INPUT, spintex("check", file.toString()));
		assertTrue(out.toString().matches("(?s).*" + java.util.regex.Pattern.quote(file.toString())
				+ ":\\d+:\\d+: error: study cycle does not compile: .*cross-section of the magnet must be positive and finite, "
				+ "got 0\\.0.*"), out.toString());
	}

	@Test
	void checkReportsNegativeDampingAtItsPosition() throws IOException {
		Path file = write("bad.spintex", """
				spintex 3
				material Py {
				    exchange A = 13 pJ/m
				    damping alpha = -0.1
				}
				""");
		assertEquals(ExitCodes.BAD_INPUT, spintex("check", file.toString()));
		// line 4, column 21: the value after "damping alpha = "
		assertTrue(out.toString().contains(file + ":4:21: error:"), out.toString());
		assertTrue(out.toString().contains("damping"), out.toString());
	}

	@Test
	void checkReportsSyntaxErrorsWithoutAStackTrace() throws IOException {
		Path file = write("broken.spintex", "material { }\n");
		assertEquals(ExitCodes.BAD_INPUT, spintex("check", file.toString()));
		assertTrue(out.toString().contains(file + ":1:10: error:"), out.toString());
		assertTrue(!out.toString().contains("Exception") && err.toString().isEmpty(), out + "\n" + err);
	}

	@Test
	void checkListsProblemsInFileOrderThenTheSummary() throws IOException {
		Path file = write("two.spintex", """
				spintex 3
				material Py {
				    damping alpha = -0.1
				}
				device D { film f { material Nowhere shape box length 1 um width 1 um thickness 5 nm cell 1 nm } }
				""");
		assertEquals(ExitCodes.BAD_INPUT, spintex("check", file.toString()));
		String[] lines = out.toString().split("\\R");
		assertEquals(3, lines.length, out.toString());
		assertTrue(lines[0].startsWith(file + ":3:"), lines[0]);
		assertTrue(lines[1].startsWith(file + ":5:") && lines[1].contains("Nowhere"), lines[1]);
		assertEquals("1 file checked: 2 errors, 0 warnings", lines[2]);
	}

	@Test
	void checkReportsAMissingFile() {
		assertEquals(ExitCodes.BAD_INPUT, spintex("check", dir.resolve("nowhere.spintex").toString()));
		assertTrue(out.toString().contains("nowhere.spintex: error: no such file"), out.toString());
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text);
	}
}
