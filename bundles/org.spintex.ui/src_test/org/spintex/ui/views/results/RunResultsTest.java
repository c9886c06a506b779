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

	private Path run(String name, String json, String status) throws IOException {
		Path dir = Files.createDirectories(tmp.resolve(name));
		Files.writeString(dir.resolve("results.json"), json);
		Files.writeString(dir.resolve("status"), status + "\n");
		return dir;
	}
}
