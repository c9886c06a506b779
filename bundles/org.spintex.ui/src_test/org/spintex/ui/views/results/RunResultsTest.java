package org.spintex.ui.views.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** results.json read back as a form, and two runs compared quantity by quantity. */
class RunResultsTest {

	@TempDir
	Path tmp;

	@Test
	void twoRunsAreComparedWithTheirRelativeChange() throws IOException {
		Path a = run("a", "{\"inputHash\":\"abc\",\"results\":{\"Q\":{\"value\":-1.0,\"unit\":\"1\"},"
				+ "\"drag\":{\"value\":2.0e-3,\"unit\":\"1\"},\"phase\":\"pinned\"},\"warnings\":[]}", "completed");
		Path b = run("b", "{\"inputHash\":\"abd\",\"results\":{\"Q\":{\"value\":-1.0,\"unit\":\"1\"},"
				+ "\"drag\":{\"value\":2.5e-3,\"unit\":\"1\"},\"speed\":{\"value\":3.0,\"unit\":\"m/s\"}},"
				+ "\"warnings\":[\"coarse mesh\"]}", "failed: NaN");
		RunResults first = RunResults.read(a), second = RunResults.read(b);
		assertEquals("completed", first.status());
		assertEquals(List.of("coarse mesh"), second.warnings());
		assertEquals("pinned", first.entries().get("phase").text());
		List<RunResults.Comparison> rows = RunResults.compare(first, second);
		assertEquals(List.of("Q", "drag", "phase", "speed"), rows.stream().map(RunResults.Comparison::name).toList());
		assertEquals(0, rows.get(0).relativeChange(), 0);
		assertEquals(0.25, rows.get(1).relativeChange(), 1e-12);
		assertTrue(Double.isNaN(rows.get(2).relativeChange()), "words have no relative change");
		assertTrue(Double.isNaN(rows.get(3).relativeChange()), "a quantity only in B has none either");
	}

	@Test
	void aChangeAcrossZeroHasADifferenceButNoRelativeChange() {
		// the case that read "+100 %": a torque going from −6.6e-5 to 1e-7 changed sign
		RunResults.Comparison across = new RunResults.Comparison("tau", number(-6.6e-5), number(1e-7));
		assertEquals(6.61e-5, across.difference(), 1e-18);
		assertTrue(Double.isNaN(across.relativeChange()));
		assertEquals("sign changed", across.relativeText());
		assertEquals("+6.61e-05", across.differenceText());
		assertEquals("+1000", new RunResults.Comparison("x", number(1000), number(2000)).differenceText());
		assertEquals("+0", new RunResults.Comparison("x", number(3), number(3)).differenceText());
		assertEquals("from 0", new RunResults.Comparison("x", number(0), number(2)).relativeText());
		assertEquals("+0.00 %", new RunResults.Comparison("x", number(0), number(0)).relativeText());
		// (b − a)/|a|: from −2 to −1 the value rose by half its size
		assertEquals("+50.0 %", new RunResults.Comparison("x", number(-2), number(-1)).relativeText());
	}

	@Test
	void theInputsTwoRunsDifferInAreNamed() throws IOException {
		String input = """
				{"points":[{"point":0,"coordinates":{},"overrides":{"magnet.thickness [m]":THICK},"hash":"HASH","engine":"micromagnetic",
				"input":{"film":{"thicknessMetre":THICK,"cells":[8,8,1]},"material":{"alpha":0.3}}}]}""";
		Path a = run("a", "{\"inputHash\":\"h1\",\"results\":{},\"warnings\":[]}", "completed");
		Files.writeString(a.resolve("input.json"), input.replace("THICK", "1e-9").replace("HASH", "h1"));
		Path sweep = Files.createDirectories(tmp.resolve("sweep"));
		Path b = Files.createDirectories(sweep.resolve("point-002"));
		Files.writeString(b.resolve("results.json"), "{\"inputHash\":\"h2\",\"results\":{},\"warnings\":[]}");
		// a sweep point's input.json is the sweep's
		Files.writeString(sweep.resolve("input.json"), input.replace("THICK", "1.2e-9").replace("HASH", "h2"));
		RunResults first = RunResults.read(a), second = RunResults.read(b);
		assertEquals(java.util.Map.of("magnet.thickness [m]", "1.2e-9"), second.inputs().overrides());
		assertEquals(List.of("film.thicknessMetre: 1e-9 → 1.2e-9"), RunInputs.differences(first.inputs(), second.inputs()));
	}

	private static RunResults.Entry number(double value) {
		return new RunResults.Entry(value, "1", null);
	}

	private Path run(String name, String json, String status) throws IOException {
		Path dir = Files.createDirectories(tmp.resolve(name));
		Files.writeString(dir.resolve("results.json"), json);
		Files.writeString(dir.resolve("status"), status + "\n");
		return dir;
	}
}
