package org.spintex.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code spintex run}, {@code compile} and {@code fmt} on a two-terminal drag device, as a user meets them. */
class RunCommandTest {

	/** A two-terminal drag device; its 10 nA keep the pumping factor 2πPħI/(e k_BT) = 0.03 small, where eq. (24) holds. */
	static final String DEVICE = """
			spintex 3

			material CuOSeFilm {
				exchange A = 0.7 pJ/m
				dmi interfacial D = 0.1 mJ/m^2
				anisotropy uniaxial K = 60 kJ/m^3 along z
				saturation Ms = 110 kA/m
				damping alpha = 0.02
			}

			device TwoTerminalDrag {
				film magnet {
					material CuOSeFilm
					shape box
					length 2 um
					width 1 um
					thickness 1 nm
					cell 2 nm
				}

				contact left on magnet.west {
					current I = 10 nA
					polarization P = 0.5
					annihilation-velocity gammaBar = 1 mm/s
				}

				contact right on magnet.east {
					polarization P = 0.5
					resistance R = 100 Ohm
					annihilation-velocity gammaBar = 1 mm/s
				}

				environment {
					temperature T = 50 K
				}

				texture skyrmions : skyrmion {
					charge -1
				}

				study drag : topological-drag {
					carriers skyrmions
					injector left
					detector right
					cells 50
					SWEEP
				}
			}
			""";

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	private int spintex(String... args) {
		return SpintexCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
	}

	private Path device(String sweep) throws IOException {
		return Files.writeString(dir.resolve("drag.spintex"), text(sweep));
	}

	/** The device with {@code sweep} in its study, or without the line when it is empty. */
	private static String text(String sweep) {
		return sweep.isEmpty() ? DEVICE.replace("\t\tSWEEP\n", "") : DEVICE.replace("SWEEP", sweep);
	}

	@Test
	void aSingleRunWritesInputResultsTablesLogAndStatus() throws IOException {
		Path file = device("");
		Path results = dir.resolve("results");
		assertEquals(ExitCodes.OK, spintex("run", file.toString(), "--out", results.toString(), "--quiet"), err.toString());
		Path run = results.resolve("TwoTerminalDrag/drag");
		assertEquals("completed", Files.readString(run.resolve("status")).strip());
		JsonObject input = JsonParser.parseString(Files.readString(run.resolve("input.json"))).getAsJsonObject();
		String hash = input.getAsJsonArray("points").get(0).getAsJsonObject().get("hash").getAsString();
		JsonObject json = JsonParser.parseString(Files.readString(run.resolve("results.json"))).getAsJsonObject();
		assertEquals(hash, json.get("inputHash").getAsString());
		JsonObject drag = json.getAsJsonObject("results").getAsJsonObject("drag-coefficient");
		assertEquals("1", drag.get("unit").getAsString());
		assertTrue(drag.get("value").getAsDouble() < 0);
		assertEquals("m", json.getAsJsonObject("results").getAsJsonObject("skyrmion-radius").get("unit").getAsString());
		assertTrue(Files.readString(run.resolve("table.csv")).startsWith("t (s),j_L (m^-1 s^-1),j_R (m^-1 s^-1),N (m^-1)\n"));
		assertTrue(Files.readString(run.resolve("run.log")).contains("status: completed"));
		assertTrue(out.toString().contains("drag-coefficient"), out.toString());
	}

	@Test
	void anEarlierRunIsNeverOverwrittenAndResumeKeepsCompletedPoints() throws IOException {
		Path file = device("sweep magnet.length over 1 um, 2 um, 4 um");
		String results = dir.resolve("results").toString();
		assertEquals(ExitCodes.OK, spintex("run", file.toString(), "--out", results, "--quiet"), err.toString());
		Path run = dir.resolve("results/TwoTerminalDrag/drag");
		assertEquals(4, Files.readAllLines(run.resolve("sweep.csv")).size());
		String before = Files.readString(run.resolve("point-001/results.json"));

		assertEquals(ExitCodes.BAD_INPUT, spintex("run", file.toString(), "--out", results, "--quiet"));
		assertTrue(err.toString().contains("exists (status: completed); continue it with --resume"), err.toString());
		assertEquals(before, Files.readString(run.resolve("point-001/results.json")));

		// a run killed during point 2: its status says so; resuming redoes only that point
		Files.writeString(run.resolve("point-002/status"), "cancelled\n");
		out.getBuffer().setLength(0);
		assertEquals(ExitCodes.OK, spintex("run", file.toString(), "--out", results, "--resume", "--quiet"), err.toString());
		assertTrue(out.toString().contains("3 points: 3 completed (2 kept from before), 0 failed"), out.toString());
		assertEquals("completed", Files.readString(run.resolve("point-002/status")).strip());
	}

	@Test
	void aFailingPointIsReportedAndTheOthersAreKept() throws IOException {
		// κ < 0 is a valid easy-plane magnet but has no skyrmions: that point fails in the engine
		Path file = device("sweep CuOSeFilm.K over 60 kJ/m^3, -1 kJ/m^3, 30 kJ/m^3");
		assertEquals(ExitCodes.RUN_FAILED, spintex("run", file.toString(), "--out", dir.resolve("f").toString(), "--quiet"));
		Path run = dir.resolve("f/TwoTerminalDrag/drag");
		assertTrue(Files.readString(run.resolve("status")).startsWith("failed: 1 of 3 points failed (point-002: seed 000's skyrmions need"),
				Files.readString(run.resolve("status")));
		assertEquals("completed", Files.readString(run.resolve("point-001/status")).strip());
		assertEquals("completed", Files.readString(run.resolve("point-003/status")).strip());
		List<String> rows = Files.readAllLines(run.resolve("sweep.csv"));
		assertTrue(rows.get(2).contains("\"failed: seed 000's skyrmions need A > 0, D ≠ 0 and an easy-axis anisotropy K > 0")
				&& rows.get(2).contains("K = -1000.0 J/m³"), rows.get(2));
		assertTrue(out.toString().contains("3 points: 2 completed (0 kept from before), 1 failed"), out.toString());
	}

	@Test
	void sweepTableHasUnitsAndTheDragFallsWithLength() throws IOException {
		Path file = device("sweep magnet.length log from 10 um to 1 mm in 3 points");
		assertEquals(ExitCodes.OK, spintex("run", file.toString(), "--out", dir.resolve("r").toString(), "--quiet"));
		List<String> rows = Files.readAllLines(dir.resolve("r/TwoTerminalDrag/drag/sweep.csv"));
		List<String> header = List.of(rows.get(0).split(","));
		assertEquals("magnet.length (m)", header.get(1));
		int cd = header.indexOf("drag-coefficient (1)");
		double first = Double.parseDouble(rows.get(1).split(",")[cd]);
		double last = Double.parseDouble(rows.get(3).split(",")[cd]);
		assertTrue(first < 0 && last < 0 && Math.abs(last) < Math.abs(first) / 10, rows.toString());
	}

	@Test
	void setOverridesAParameterWithTheFilesUnitChecks() throws IOException {
		Path file = device("");
		assertEquals(ExitCodes.OK, spintex("compile", file.toString(), "--set", "magnet.thickness=2nm"), err.toString());
		assertTrue(out.toString().contains("\"thicknessMetre\": 2.0E-9"), out.toString());
		assertEquals(ExitCodes.BAD_INPUT, spintex("run", file.toString(), "--set", "magnet.thickness=2K", "--out",
				dir.resolve("x").toString()));
		assertTrue(err.toString().contains("magnet.thickness needs a unit of a length (m, e.g. nm), but 'K' is K"),
				err.toString());
		assertFalse(Files.exists(dir.resolve("x")), "nothing is written for bad input");
	}

	/** One run at a time in a folder: a --resume while another run holds the folder is refused, and runs once it is free. */
	@Test
	void aSecondRunIntoAFolderInUseIsRefused() throws IOException {
		Path file = device("");
		Path out = dir.resolve("locked");
		Path run = Files.createDirectories(out.resolve("TwoTerminalDrag/drag"));
		try (FileChannel channel = FileChannel.open(run.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock held = channel.lock()) {
			assertEquals(ExitCodes.BAD_INPUT, spintex("run", file.toString(), "--out", out.toString(), "--resume", "--quiet"));
			assertTrue(err.toString().contains(run + " is being written by another spintex run right now"), err.toString());
			assertFalse(Files.exists(run.resolve("status")), "the refused run wrote nothing");
		}
		assertEquals(ExitCodes.OK, spintex("run", file.toString(), "--out", out.toString(), "--resume", "--quiet"), err.toString());
		assertEquals("completed", Files.readString(run.resolve("status")).strip());
	}

	@Test
	void runRefusesAFileWithErrorsAndSaysWhere() throws IOException {
		Path file = Files.writeString(dir.resolve("bad.spintex"), text("").replace("50 K", "-5 K"));
		assertEquals(ExitCodes.BAD_INPUT, spintex("run", file.toString(), "--out", dir.resolve("y").toString()));
		assertTrue(err.toString().contains("bad.spintex:34:19: error: temperature T must be ≥ 0, got -5 K"), err.toString());
	}

	@Test
	void fmtChecksAndRewritesTheLayout() throws IOException {
		Path file = device("");
		assertEquals(ExitCodes.OK, spintex("fmt", "--check", file.toString()), out.toString());
		Files.writeString(file, text("").replace("\t\tinjector left", "injector    left"));
		assertEquals(ExitCodes.RUN_FAILED, spintex("fmt", "--check", file.toString()));
		assertEquals(ExitCodes.OK, spintex("fmt", file.toString()));
		assertEquals(text(""), Files.readString(file));
	}
}
