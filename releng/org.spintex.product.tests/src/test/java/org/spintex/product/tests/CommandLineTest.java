package org.spintex.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./spintex from the materialised product, as a user or a cluster script runs it. */
class CommandLineTest {

	@TempDir
	Path dir;

	private record Result(int exitCode, String output) {
	}

	private Result spintex(String... args) throws IOException, InterruptedException {
		return spintex(java.util.Map.of(), args);
	}

	private Result spintex(java.util.Map<String, String> environment, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Installation.spintexScript().toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("SPINTEX_HOME", Installation.productDir().toString());
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "spintex did not finish");
		return new Result(process.exitValue(), output);
	}

	@Test
	void versionAnswersFromTheProduct() throws Exception {
		Result r = spintex("--version");
		assertEquals(0, r.exitCode(), r.output());
		// the build stamps a timestamp qualifier into the bundle version
		assertTrue(r.output().matches("(?s)Spintex 0\\.1\\.0\\.\\d{12}\\R.*"), r.output());
	}

	/**
	 * The launcher's class-data sharing: the first start writes an archive of the classes it loaded into the user's
	 * cache, without a word on the console; the next maps the language's classes from it (the JVM's class+load log
	 * names the archive as their source), and answers the same.
	 */
	@Test
	void theSecondStartLoadsTheLanguageFromTheClassArchiveOfTheFirst() throws Exception {
		Path file = Path.of(System.getProperty("spintex.repository.root")).resolve("examples/standard-problems/sp4.spintex");
		java.util.Map<String, String> cache = java.util.Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
		Result first = spintex(cache, "check", file.toString());
		assertEquals(0, first.exitCode(), first.output());
		assertEquals("1 file checked: 0 errors, 0 warnings\n", first.output());
		List<Path> archives;
		try (var files = Files.list(dir.resolve("cache/spintex/cds"))) {
			archives = files.toList();
		}
		assertEquals(1, archives.size(), archives.toString());
		assertTrue(archives.get(0).getFileName().toString().matches("org\\.spintex\\.runner_.*-java-.*-tools\\.jsa"), archives.toString());

		java.util.Map<String, String> logged = new java.util.HashMap<>(cache);
		logged.put("SPINTEX_JAVA_OPTS", "-Xss8m -Xlog:class+load=info");
		Result second = spintex(logged, "check", file.toString());
		assertEquals(0, second.exitCode(), second.output());
		assertTrue(second.output().contains("1 file checked: 0 errors, 0 warnings"), second.output());
		assertTrue(second.output().lines().anyMatch(l -> l.contains("org.spintex.dsl.validation.MaterialValidator ")
				&& l.contains("source: shared objects file (top)")), "the validator comes from the dynamic archive");
		// SPINTEX_CDS=off: no archive, no log of one
		Result off = spintex(java.util.Map.of("XDG_CACHE_HOME", dir.resolve("other").toString(), "SPINTEX_CDS", "off"), "check",
				file.toString());
		assertEquals(0, off.exitCode(), off.output());
		assertTrue(!Files.exists(dir.resolve("other/spintex/cds")), "SPINTEX_CDS=off writes no archive");
	}

	@Test
	void checkFindsAnErrorWithItsPositionAndNoStackTrace() throws Exception {
		Path file = Files.writeString(dir.resolve("bad.spintex"), "spintex 3\n\nmaterial Py {\n  damping alpha = -1\n}\n");
		Result r = spintex("check", file.toString());
		assertEquals(2, r.exitCode(), r.output());
		assertTrue(r.output().contains(file + ":4:19: error: damping alpha must be ≥ 0"), r.output());
		assertTrue(!r.output().contains("\tat "), r.output());
	}

	@Test
	void exampleDevicesAreValid() throws Exception {
		Path examples = Path.of(System.getProperty("spintex.repository.root")).resolve("examples");
		List<String> files;
		try (var walk = Files.walk(examples)) {
			files = walk.filter(p -> p.toString().endsWith(".spintex")).map(Path::toString).sorted().toList();
		}
		assertTrue(!files.isEmpty(), "no examples in " + examples);
		List<String> args = new ArrayList<>(List.of("check"));
		args.addAll(files);
		Result r = spintex(args.toArray(String[]::new));
		assertEquals(0, r.exitCode(), r.output());
		assertTrue(r.output().contains(files.size() + " files checked: 0 errors, 0 warnings"), r.output());
	}

	/**
	 * {@code spintex compile} prints the compiled input of every study of every example, whatever its kind, as the
	 * JSON array of its sweep points with the engine named — through the real launcher, whose standard output is
	 * flushed when the JVM exits.
	 */
	@Test
	void compilePrintsEveryStudyOfEveryExample() throws Exception {
		Path examples = Path.of(System.getProperty("spintex.repository.root")).resolve("examples");
		List<Path> files;
		try (var walk = Files.walk(examples)) {
			files = walk.filter(p -> p.toString().endsWith(".spintex")).sorted().toList();
		}
		Pattern studyDeclaration = Pattern.compile("(?m)^\\s*study\\s+(\\S+)\\s*:\\s*(\\S+)");
		int studies = 0;
		for (Path file : files) {
			Matcher m = studyDeclaration.matcher(Files.readString(file));
			while (m.find()) {
				studies++;
				Result r = spintex("compile", file.toString(), "--study", m.group(1));
				assertEquals(0, r.exitCode(), file + " " + m.group(1) + ": " + r.output());
				// stderr may carry the file's warnings; the JSON array is on stdout, ending in a newline
				String json = r.output().substring(r.output().indexOf("[\n"));
				assertTrue(json.strip().endsWith("]"), file + " " + m.group(1) + ": the JSON is cut off: " + json);
				assertTrue(json.contains("\"engine\": \"" + m.group(2) + "\""), file + " " + m.group(1) + ": " + json);
				assertTrue(Pattern.compile("\"hash\": \"[0-9a-f]{64}\"").matcher(json).find(), json);
				assertTrue(json.contains("\"input\": {"), file + " " + m.group(1) + ": " + json);
			}
		}
		assertTrue(studies >= 14, "studies found: " + studies);
	}

	/** The electron-torque example runs inside the product's OSGi runtime and draws its charts (XChart, wrapped). */
	@Test
	void theGeometricTorqueExampleRunsAndDrawsItsCharts() throws Exception {
		Path example = Path.of(System.getProperty("spintex.repository.root"))
				.resolve("examples/geometric-torque/fig3-wall-profiles.spintex");
		Result r = spintex("run", example.toString(), "--out", dir.toString(), "--quiet");
		assertEquals(0, r.exitCode(), r.output());
		Path point = dir.resolve("BlochWall/profiles/point-003");
		assertTrue(Files.readString(point.resolve("torques.csv")).contains(",fermi-surface,"));
		byte[] png = Files.readAllBytes(point.resolve("torque-damping-like.png"));
		assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "not a PNG image");
	}

	@Test
	void ideWithoutADisplaySaysWhatToDo() throws Exception {
		ProcessBuilder builder = new ProcessBuilder(Installation.spintexScript().toString(), "ide").redirectErrorStream(true);
		builder.environment().put("SPINTEX_HOME", Installation.productDir().toString());
		builder.environment().remove("DISPLAY");
		builder.environment().remove("WAYLAND_DISPLAY");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS));
		assertEquals(3, process.exitValue(), output);
		assertTrue(output.contains("no display"), output);
	}
}
