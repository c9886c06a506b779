package org.spintex.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped from outside: Ctrl-C (SIGTERM) leaves status "cancelled", a kill -9 leaves every
 * written file whole, and {@code --resume} finishes the sweep keeping the points already done.
 */
class KilledRunTest {

	@TempDir
	Path dir;

	@Test
	void interruptedRunSaysCancelledAndKilledRunResumes() throws Exception {
		Path example = Path.of(System.getProperty("spintex.repository.root"))
				.resolve("examples/skyrmion-drag/two-terminal.spintex");
		// the example with its imported library, in a folder of its own, with a short sweep
		Files.createDirectories(dir.resolve("skyrmion-drag"));
		Files.copy(example.resolveSibling("../materials/chiral-magnets.spintex").normalize(),
				Files.createDirectories(dir.resolve("materials")).resolve("chiral-magnets.spintex"));
		Path file = Files.writeString(dir.resolve("skyrmion-drag/drag.spintex"), Files.readString(example)
				.replace("sweep magnet.length log from 0.1 um to 1 mm in 13 points",
						"sweep magnet.length log from 0.1 um to 10 um in 6 points"));
		Path out = dir.resolve("results");
		Path run = out.resolve("TwoTerminalDrag/drag");

		Process first = start(file, out);
		awaitCompletedPoint(run, first);
		first.destroy(); // SIGTERM, as Ctrl-C
		assertTrue(first.waitFor(60, TimeUnit.SECONDS));
		assertEquals("cancelled", Files.readString(run.resolve("status")).strip());

		Process second = start(file, out, "--resume");
		awaitCompletedPoint(run.resolve("point-002"), second);
		second.destroyForcibly(); // SIGKILL: no chance to write anything more
		assertTrue(second.waitFor(60, TimeUnit.SECONDS));
		// whatever the kill interrupted is at most a hidden temporary file: every results file is whole
		try (var files = Files.walk(run)) {
			for (Path results : files.filter(p -> p.getFileName().toString().equals("results.json")).toList()) {
				String text = Files.readString(results);
				assertTrue(text.startsWith("{") && text.strip().endsWith("}") && text.contains("\"inputHash\""), results + ": " + text);
			}
		}

		Process third = start(file, out, "--resume");
		String output = new String(third.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(third.waitFor(120, TimeUnit.SECONDS));
		try (var files = Files.walk(run)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".partial")), "--resume removes the temporary files of the killed run");
		}
		assertEquals(0, third.exitValue(), output);
		assertTrue(output.matches("(?s).*6 points: 6 completed \\([2-6] kept from before\\), 0 failed.*"), output);
		assertEquals("completed", Files.readString(run.resolve("status")).strip());
		assertEquals(7, Files.readAllLines(run.resolve("sweep.csv")).size());
	}

	private static Process start(Path file, Path out, String... extra) throws IOException {
		List<String> command = new java.util.ArrayList<>(List.of(Installation.spintexScript().toString(), "run",
				file.toString(), "--out", out.toString(), "--threads", "1", "--quiet", "--set", "drag.particles=500"));
		command.addAll(List.of(extra));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("SPINTEX_HOME", Installation.productDir().toString());
		return builder.start();
	}

	/** Waits until the first point (or {@code pointDir}) has completed. */
	private static void awaitCompletedPoint(Path runOrPoint, Process process) throws Exception {
		Path status = Files.exists(runOrPoint.resolve("point-001")) || runOrPoint.getFileName().toString().equals("drag")
				? runOrPoint.resolve("point-001/status")
				: runOrPoint.resolve("status");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline) {
			if (Files.exists(status) && Files.readString(status).strip().equals("completed")) {
				return;
			}
			assertTrue(process.isAlive(), "spintex ended before a point completed");
			Thread.sleep(100);
		}
		throw new AssertionError("no point completed within 90 s");
	}
}
