package org.spintex.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault campaign of the README's "Reliability" section: {@code kill -9} at random moments (seeded)
 * of a micromagnetic run (checkpointed dynamics), a Monte Carlo sweep (the drag engine) and an NEGF sweep,
 * each time followed by {@code --resume}, until the run ends by itself. The results must then be
 * bit-identical to an uninterrupted run's — every file but run.log — and no kill may leave a
 * half-written file behind.
 */
class KillCampaignTest {

	/** Kills per study; 3 × 11 = 33 in all. */
	private static final int KILLS = 11;

	@TempDir
	Path dir;

	@Test
	void micromagneticRunSurvivesKills() throws Exception {
		Path file = example("standard-problems/sp4.spintex", "standard-problems/sp4.spintex", text -> text);
		campaign(file, "StandardProblem4/switching", 1L);
	}

	@Test
	void monteCarloSweepSurvivesKills() throws Exception {
		Path file = example("skyrmion-drag/two-terminal.spintex", "skyrmion-drag/drag.spintex",
				text -> text.replace("sweep magnet.length log from 0.1 um to 1 mm in 13 points",
						"sweep magnet.length log from 0.1 um to 10 um in 6 points"), "materials/chiral-magnets.spintex");
		campaign(file, "TwoTerminalDrag/drag", 2L, "--set", "drag.particles=400");
	}

	@Test
	void negfSweepSurvivesKills() throws Exception {
		Path file = example("geometric-torque/fig2-single-moment.spintex", "geometric-torque/fig2.spintex", text -> text);
		campaign(file, "SingleMoment/torques", 3L);
	}

	/**
	 * Runs {@code file} once uninterrupted, then again into another folder with {@value #KILLS} kills at
	 * seeded random moments between JVM start and the uninterrupted run's duration, resuming after each.
	 */
	private void campaign(Path file, String runPath, long seed, String... extra) throws Exception {
		Path reference = dir.resolve("reference");
		Process uninterrupted = start(file, reference, extra);
		long workMillis = millisOfWork(uninterrupted, reference.resolve(runPath).resolve("run.log"), 0);
		String output = new String(uninterrupted.getInputStream().readAllBytes());
		assertTrue(uninterrupted.waitFor(300, TimeUnit.SECONDS));
		assertEquals(0, uninterrupted.exitValue(), output);

		Path killed = dir.resolve("killed");
		Path log = killed.resolve(runPath).resolve("run.log");
		Random random = new Random(seed);
		int kills = 0;
		List<String> moments = new ArrayList<>();
		for (int attempt = 0; kills < KILLS && attempt < 3 * KILLS; attempt++) {
			Process run = start(file, killed, with(extra, "--resume"));
			// the kill lands while the study computes (not while the JVM starts): at a random moment of its work
			long logged = Files.exists(log) ? Files.size(log) : 0;
			awaitGrowth(log, logged, run);
			long delay = (long) (random.nextDouble() * workMillis);
			if (!run.waitFor(delay, TimeUnit.MILLISECONDS)) {
				run.destroyForcibly(); // SIGKILL: no shutdown hook, no chance to tidy up
				assertTrue(run.waitFor(60, TimeUnit.SECONDS));
				kills++;
				moments.add(delay + " ms");
				assertNoHalfFiles(killed.resolve(runPath));
			} else {
				// it finished before the kill: start over from nothing, so the next kills land again
				assertEquals(0, run.exitValue(), new String(run.getInputStream().readAllBytes()));
				deleteTree(killed);
			}
		}
		assertEquals(KILLS, kills, "kills at " + moments);
		Process last = start(file, killed, with(extra, "--resume"));
		String lastOutput = new String(last.getInputStream().readAllBytes());
		assertTrue(last.waitFor(300, TimeUnit.SECONDS));
		assertEquals(0, last.exitValue(), lastOutput);

		assertSameFiles(reference.resolve(runPath), killed.resolve(runPath), moments);
	}

	/** How long {@code run} computes: from its first line in run.log to its end. */
	private static long millisOfWork(Process run, Path log, long logged) throws Exception {
		awaitGrowth(log, logged, run);
		long start = System.nanoTime();
		run.waitFor(300, TimeUnit.SECONDS);
		return Math.max(1, (System.nanoTime() - start) / 1_000_000);
	}

	/** Waits until {@code log} is longer than {@code size} bytes: the run has started its work. */
	private static void awaitGrowth(Path log, long size, Process run) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (!(Files.exists(log) && Files.size(log) > size)) {
			assertTrue(run.isAlive() || Files.exists(log) && Files.size(log) > size, "spintex ended before it logged");
			assertTrue(System.nanoTime() < deadline, "spintex logged nothing within 120 s");
			Thread.sleep(20);
		}
	}

	/** Every file of the uninterrupted run, byte for byte, and nothing else (run.log tells the history, so it differs). */
	private static void assertSameFiles(Path reference, Path resumed, List<String> moments) throws IOException {
		Set<String> expected = files(reference);
		Set<String> actual = files(resumed);
		assertEquals(expected, actual, "the resumed run's files (kills at " + moments + ")");
		assertTrue(expected.contains("results.json") || expected.contains("sweep.csv"), expected.toString());
		for (String name : expected) {
			assertArrayEquals(Files.readAllBytes(reference.resolve(name)), Files.readAllBytes(resumed.resolve(name)),
					name + " differs from the uninterrupted run's (kills at " + moments + ")");
		}
	}

	private static Set<String> files(Path root) throws IOException {
		try (var walk = Files.walk(root)) {
			Set<String> names = new TreeSet<>();
			walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
					.filter(name -> !name.endsWith("run.log") && !name.endsWith(".lock")).forEach(names::add);
			return names;
		}
	}

	/** A kill leaves at most a hidden temporary file; every visible JSON file is whole. */
	private static void assertNoHalfFiles(Path run) throws IOException {
		if (!Files.exists(run)) {
			return;
		}
		try (var walk = Files.walk(run)) {
			for (Path json : walk.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
				String text = Files.readString(json).strip();
				assertTrue(text.startsWith("{") && text.endsWith("}"), json + " is cut short: " + text);
			}
		}
	}

	private Path example(String source, String target, java.util.function.UnaryOperator<String> edit, String... imports)
			throws IOException {
		Path examples = Path.of(System.getProperty("spintex.repository.root")).resolve("examples");
		for (String imported : imports) {
			Files.copy(examples.resolve(imported), Files.createDirectories(dir.resolve(imported).getParent()).resolve(
					dir.resolve(imported).getFileName()));
		}
		Path file = Files.createDirectories(dir.resolve(target).getParent()).resolve(dir.resolve(target).getFileName());
		return Files.writeString(file, edit.apply(Files.readString(examples.resolve(source))));
	}

	private static String[] with(String[] extra, String more) {
		String[] all = java.util.Arrays.copyOf(extra, extra.length + 1);
		all[extra.length] = more;
		return all;
	}

	private static Process start(Path file, Path out, String... extra) throws IOException {
		List<String> command = new ArrayList<>(List.of(Installation.spintexScript().toString(), "run", file.toString(),
				"--out", out.toString(), "--quiet"));
		command.addAll(List.of(extra));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("SPINTEX_HOME", Installation.productDir().toString());
		return builder.start();
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (var walk = Files.walk(root)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
