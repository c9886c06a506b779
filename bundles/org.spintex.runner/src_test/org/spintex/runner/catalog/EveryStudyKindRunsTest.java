package org.spintex.runner.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.spintex.dsl.catalog.PropertyCatalog;
import org.spintex.runner.cli.ExitCodes;
import org.spintex.runner.cli.SpintexCommand;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Every study kind the language knows runs end to end on its smallest input ({@code testdata/smallest/KIND.spintex}):
 * checked, compiled, run by its registered engine and written with status {@code completed} and a results.json that
 * holds results. A kind added without a smallest input fails here, so that no kind reaches users untried.
 */
class EveryStudyKindRunsTest {

	private static final Path SMALLEST = DeviceCorpus.TEST_DEVICES.resolve("smallest");

	@TempDir
	Path out;

	@Test
	void everyKindHasItsSmallestInput() throws IOException {
		Set<String> files = new TreeSet<>();
		try (Stream<Path> list = Files.list(SMALLEST)) {
			list.forEach(f -> files.add(f.getFileName().toString().replace(".spintex", "")));
		}
		assertEquals(new TreeSet<>(PropertyCatalog.engines()), files, "add testdata/smallest/KIND.spintex for a new study kind");
	}

	@TestFactory
	List<DynamicTest> everyKindRunsOnItsSmallestInput() {
		return PropertyCatalog.engines().stream().map(kind -> DynamicTest.dynamicTest(kind, () -> {
			Path file = SMALLEST.resolve(kind + ".spintex");
			StringWriter said = new StringWriter();
			PrintWriter writer = new PrintWriter(said, true);
			int exit = SpintexCommand.commandLine(writer, writer).execute("run", file.toString(), "--out",
					out.resolve(kind).toString(), "--quiet");
			assertEquals(ExitCodes.OK, exit, said::toString);
			try (Stream<Path> walk = Files.walk(out.resolve(kind))) {
				List<Path> results = walk.filter(p -> p.getFileName().toString().equals("results.json")).toList();
				assertEquals(1, results.size(), () -> "one point, one results.json: " + results);
				Path point = results.get(0).getParent();
				assertEquals("completed", Files.readString(point.resolve("status")).strip(), kind);
				JsonObject json = JsonParser.parseString(Files.readString(results.get(0))).getAsJsonObject();
				assertTrue(json.getAsJsonObject("results").size() > 0, () -> kind + " wrote no results: " + json);
				assertTrue(Files.exists(point.resolve("input.json")), "the compiled input is stored beside the results");
			}
		})).toList();
	}
}
