package org.spintex.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code spintex run --on slurm} through a real Slurm: a one-node cluster started by the repository's
 * releng/slurm/start-local-cluster.sh (Debian's slurmctld, slurmd, slurm-client and munge, which .ci/run installs;
 * root, as slurmd must be). The results of a sweep run as an array job are compared byte for byte with the same
 * sweep run on this machine. The work folder's name holds a space and a quote: the job scripts must quote every path.
 */
class SlurmClusterTest {

	/** The test cluster's own folder and ports: a developer's cluster on the default ports is left alone. */
	private static final String CLUSTER_DIR = "/tmp/spintex-slurm-test";
	private static final String PORTS = "6827,6828";

	private static Path work;
	private static Map<String, String> slurmEnvironment;
	private static Path dragLocal;

	private record Result(int exitCode, String output) {
	}

	@BeforeAll
	static void startCluster() throws Exception {
		Result started = script("start-local-cluster.sh");
		assertEquals(0, started.exitCode(), "the test cluster did not start (it needs root and Debian's slurmctld slurmd "
				+ "slurm-client munge, which .ci/run installs):\n" + started.output());
		Matcher conf = Pattern.compile("export SLURM_CONF=(\\S+)").matcher(started.output());
		assertTrue(conf.find(), started.output());
		slurmEnvironment = Map.of("SLURM_CONF", conf.group(1));
		work = Files.createTempDirectory("spintex slurm's test");
		// the drag example with its imported library and a short sweep, as KilledRunTest uses it
		Path example = repository().resolve("examples/skyrmion-drag/two-terminal.spintex");
		Files.createDirectories(work.resolve("skyrmion-drag"));
		Files.copy(repository().resolve("examples/materials/chiral-magnets.spintex"),
				Files.createDirectories(work.resolve("materials")).resolve("chiral-magnets.spintex"));
		Files.writeString(work.resolve("skyrmion-drag/drag.spintex"), Files.readString(example)
				.replace("sweep magnet.length log from 0.1 um to 1 mm in 13 points",
						"sweep magnet.length log from 0.1 um to 10 um in 6 points"));
		Files.writeString(work.resolve("strip.spintex"), STRIP);
	}

	@AfterAll
	static void stopCluster() throws Exception {
		Result stopped = script("stop-local-cluster.sh");
		assertEquals(0, stopped.exitCode(), stopped.output());
	}

	@Test
	void aSixPointSweepThroughSlurmEqualsTheLocalRunBitForBit() throws Exception {
		Path local = dragLocal();
		long t0 = System.nanoTime();
		Result submitted = spintex("run", drag(), "--set", "drag.particles=500", "--on", "slurm", "--time", "00:10:00",
				"--out", work.resolve("slurm-sweep").toString());
		assertEquals(0, submitted.exitCode(), submitted.output());
		assertTrue(submitted.output().contains("6 tasks for 6 points"), submitted.output());
		Path run = work.resolve("slurm-sweep/TwoTerminalDrag/drag");
		Result during = spintex("status", run.toString());
		assertTrue(during.output().matches("(?s).*Slurm: array job \\d+, gather job \\d+.*6 points: [0-5] done, \\d running, "
				+ "\\d pending, 0 failed.*"), during.output());
		// one submission at a time per results folder
		Result second = spintex("run", drag(), "--set", "drag.particles=500", "--on", "slurm", "--resume", "--out",
				work.resolve("slurm-sweep").toString());
		assertEquals(2, second.exitCode(), second.output());
		assertTrue(second.output().contains("has jobs in Slurm's queue"), second.output());
		awaitGather(run, 300);
		double slurmSeconds = (System.nanoTime() - t0) * 1e-9;
		assertEquals("completed", status(run));
		assertSameResults(local, run, 6);
		Result after = spintex("status", run.toString());
		assertTrue(after.output().contains("6 points: 6 done, 0 running, 0 pending, 0 failed"), after.output());
		assertTrue(Files.readString(run.resolve("run.log")).contains("gathering 6 point(s) computed by Slurm tasks"));
		System.out.printf(Locale.ROOT, "SlurmClusterTest: 6-point drag sweep, local (2 threads) %.1f s, through Slurm "
				+ "(6 tasks of 1 CPU on 2 cores, and the gather) %.1f s from submission to the gather's end%n",
				dragLocalSeconds, slurmSeconds);
	}

	@Test
	void resumeAfterPartOfTheArrayWasCancelledSubmitsOnlyTheMissingPoints() throws Exception {
		Path local = dragLocal();
		// two points per task, one task at a time: tasks 2 and 3 (points 3 to 6) are still pending when they are cancelled
		Result submitted = spintex("run", drag(), "--set", "drag.particles=500", "--on", "slurm", "--points-per-task", "2",
				"--max-parallel", "1", "--out", work.resolve("cancelled").toString());
		assertEquals(0, submitted.exitCode(), submitted.output());
		assertTrue(submitted.output().contains("3 tasks of up to 2 points for 6 points"), submitted.output());
		String array = jobId(submitted.output(), "array job (\\d+)");
		Result cancel = run(List.of("scancel", array + "_[2-3]"));
		assertEquals(0, cancel.exitCode(), cancel.output());
		Path run = work.resolve("cancelled/TwoTerminalDrag/drag");
		awaitGather(run, 300);
		// afterany: the gather ran although part of the array never did, and says which points are missing
		assertTrue(status(run).startsWith("failed: 4 of 6 points failed (point-003: it never ran"), status(run));
		List<String> rows = Files.readAllLines(run.resolve("sweep.csv"));
		assertEquals(7, rows.size());
		assertTrue(rows.get(4).endsWith("\"failed: it never ran (its Slurm task was cancelled or failed to start); spintex "
				+ "run --on slurm --resume runs it\""), rows.get(4));
		Result status = spintex("status", run.toString());
		assertTrue(status.output().contains("6 points: 2 done, 0 running, 0 pending, 4 failed"), status.output());
		// tasks cancelled before they ever started leave no record in the queue, or the array's folded one
		assertTrue(status.output().matches("(?s).*point-003 … point-006 failed: never ran: its task (is no longer in the queue|"
				+ "ended cancelled); --resume runs it.*"), status.output());

		Result resumed = spintex("run", drag(), "--set", "drag.particles=500", "--on", "slurm", "--points-per-task", "2",
				"--resume", "--out", work.resolve("cancelled").toString());
		assertEquals(0, resumed.exitCode(), resumed.output());
		assertTrue(resumed.output().contains("2 tasks of up to 2 points for 4 points (2 completed before, kept)"),
				resumed.output());
		String tasks = Files.readAllLines(run.resolve("slurm/jobs")).get(1);
		assertTrue(tasks.contains("tasks=2-3 points-per-task=2"), tasks);
		awaitGather(run, 300);
		assertEquals("completed", status(run));
		assertSameResults(local, run, 6);
	}

	@Test
	void aPointPastItsTimeLimitRequeuesItselfAndEndsBitIdenticalWhileAFailedPointLeavesTheGatherAlone() throws Exception {
		Path out = work.resolve("time limit");
		// --dry-run: the scripts, not a single job
		Result prepared = spintex("run", work.resolve("strip.spintex").toString(), "--on", "slurm", "--time", "1", "--dry-run",
				"--out", out.toString());
		assertEquals(0, prepared.exitCode(), prepared.output());
		Path run = out.resolve("Strip/reversal");
		assertTrue(status(run).startsWith("prepared for Slurm, not submitted"), status(run));
		assertFalse(Files.exists(run.resolve("slurm/jobs")), "a dry run submits nothing");
		assertTrue(Files.readString(run.resolve("slurm/task.sh")).contains("run='" + run.toString().replace("'", "'\\''") + "'"),
				"the run folder is quoted in task.sh");

		// the local reference runs beside the cluster's task, one core each
		Process local = start(List.of("run", work.resolve("strip.spintex").toString(), "--threads", "1", "--quiet", "--out",
				work.resolve("strip-local").toString()));
		Result submitted = run(List.of("bash", run.resolve("slurm/submit.sh").toString()));
		assertEquals(0, submitted.exitCode(), submitted.output());
		assertTrue(submitted.output().matches("(?s).*array=\\d+ gather=\\d+.*"), submitted.output());
		assertTrue(local.waitFor(400, TimeUnit.SECONDS), "the local run did not end");
		awaitGather(run, 500);

		String log = Files.readString(run.resolve("run.log"));
		assertTrue(log.contains("point-001: continuing from the checkpoint at t = "), "the point was stopped at its time limit "
				+ "and continued from its checkpoint:\n" + log);
		assertTrue(Files.readString(run.resolve("slurm").resolve(Files.list(run.resolve("slurm"))
				.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("task-") && n.endsWith("_1.out")).findFirst()
				.orElseThrow())).contains("requeued"));
		Path reference = work.resolve("strip-local/Strip/reversal");
		for (String file : List.of("point-001/results.json", "point-001/table.csv", "point-001/m_final.ovf", "sweep.csv")) {
			assertArrayEquals(Files.readAllBytes(reference.resolve(file)), Files.readAllBytes(run.resolve(file)), file);
		}
		// the unstable point failed at once, with its reason, and the sweep was tabled all the same
		assertTrue(status(run).startsWith("failed: 1 of 2 points failed (point-002: time-step 0.100 ps exceeds heun's stability"),
				status(run));
		Result status = spintex("status", run.toString());
		assertTrue(status.output().contains("2 points: 1 done, 0 running, 0 pending, 1 failed"), status.output());
		assertTrue(status.output().contains("point-002 failed: time-step 0.100 ps exceeds"), status.output());
	}

	@Test
	void badOptionsAreRefusedBeforeAnythingIsSubmitted() throws Exception {
		Result time = spintex("run", drag(), "--on", "slurm", "--time", "2h", "--out", work.resolve("bad").toString());
		assertEquals(2, time.exitCode(), time.output());
		assertTrue(time.output().contains("the time limit '2h' is not in a form Slurm reads: use HH:MM:SS"), time.output());
		Result partition = spintex("run", drag(), "--on", "slurm", "--partition", "gpu-h200", "--out",
				work.resolve("bad").toString());
		assertEquals(2, partition.exitCode(), partition.output());
		assertTrue(partition.output().contains("--partition gpu-h200: this cluster has no such partition; sinfo knows debug"),
				partition.output());
		Result own = spintex("run", drag(), "--on", "slurm", "--sbatch-arg=--array=1-3", "--out", work.resolve("bad").toString());
		assertEquals(2, own.exitCode(), own.output());
		assertTrue(own.output().contains("spintex run --on slurm sets --array itself"), own.output());
		assertFalse(Files.exists(work.resolve("bad")), "nothing is written for a refused submission");
		assertFalse(own.output().contains("\tat "), own.output());
	}

	/** µMAG standard problem 4's strip on a fixed Heun step: about a minute of one core at A = 13 pJ/m; at a hundred
	 * times the exchange the step is past Heun's stability limit and the point is refused before it starts. */
	private static final String STRIP = """
			spintex 3

			material Permalloy {
				exchange A = 13 pJ/m
				saturation Ms = 800 kA/m
				damping alpha = 0.02
			}

			device Strip {
				film strip {
					material Permalloy
					shape box
					length 500 nm
					width 125 nm
					thickness 3 nm
					mesh (128, 32, 1)
				}

				texture start : uniform {
					direction (1, 0.1, 0)
				}

				drive field1 : field {
					field (-24.6, 4.3, 0) mT
				}

				study reversal : micromagnetic {
					film strip
					initial-state start
					duration 10 ns
					integrator heun
					time-step 0.1 ps
					output-every 50 ps
					sweep Permalloy.A over 13 pJ/m, 1300 pJ/m
				}
			}
			""";

	private static double dragLocalSeconds;

	/** The drag sweep run on this machine, once for the tests that compare with it. */
	private static synchronized Path dragLocal() throws Exception {
		if (dragLocal == null) {
			long t0 = System.nanoTime();
			Result local = spintex("run", drag(), "--set", "drag.particles=500", "--threads", "2", "--quiet", "--out",
					work.resolve("local").toString());
			dragLocalSeconds = (System.nanoTime() - t0) * 1e-9;
			assertEquals(0, local.exitCode(), local.output());
			dragLocal = work.resolve("local/TwoTerminalDrag/drag");
		}
		return dragLocal;
	}

	/** sweep.csv and every point's results.json and tables, byte for byte. */
	private static void assertSameResults(Path expected, Path actual, int points) throws IOException {
		assertArrayEquals(Files.readAllBytes(expected.resolve("sweep.csv")), Files.readAllBytes(actual.resolve("sweep.csv")),
				"sweep.csv");
		for (int i = 1; i <= points; i++) {
			Path point = expected.resolve(String.format(Locale.ROOT, "point-%03d", i));
			try (var files = Files.list(point)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".csv")).toList()) {
					Path other = actual.resolve(point.getFileName()).resolve(file.getFileName());
					assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(other), other.toString());
				}
			}
		}
	}

	/** Waits until the run's last gather job has left the queue and written the study's status. */
	private static void awaitGather(Path run, int seconds) throws Exception {
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		while (System.nanoTime() < deadline) {
			List<String> jobs = Files.exists(run.resolve("slurm/jobs")) ? Files.readAllLines(run.resolve("slurm/jobs")) : List.of();
			if (!jobs.isEmpty()) {
				String gather = jobs.get(jobs.size() - 1).replaceAll(".* gather=(\\d+).*", "$1");
				Result queue = run(List.of("squeue", "-h", "-j", gather, "-o", "%T"));
				String s = status(run);
				if (queue.output().isBlank() && !s.startsWith("submitted") && !s.startsWith("prepared")) {
					return;
				}
			}
			Thread.sleep(1000);
		}
		throw new AssertionError("the gather of " + run + " did not end within " + seconds + " s; status: " + status(run)
				+ "\nqueue:\n" + run(List.of("squeue", "-t", "all")).output());
	}

	private static String status(Path run) throws IOException {
		return Files.readString(run.resolve("status")).strip();
	}

	private static String jobId(String output, String pattern) {
		Matcher m = Pattern.compile(pattern).matcher(output);
		assertTrue(m.find(), output);
		return m.group(1);
	}

	private static String drag() {
		return work.resolve("skyrmion-drag/drag.spintex").toString();
	}

	private static Path repository() {
		return Path.of(System.getProperty("spintex.repository.root"));
	}

	/** Runs a cluster script as root: the daemons need it (sudo without a password when the tests run as a user). */
	private static Result script(String name) throws Exception {
		List<String> command = new ArrayList<>();
		if (!"root".equals(System.getProperty("user.name"))) {
			command.addAll(List.of("sudo", "-n"));
		}
		command.addAll(List.of("env", "SPINTEX_SLURM_DIR=" + CLUSTER_DIR, "SPINTEX_SLURM_PORTS=" + PORTS,
				repository().resolve("releng/slurm").resolve(name).toString()));
		return finish(new ProcessBuilder(command).redirectErrorStream(true).start(), 120);
	}

	private static Process start(List<String> args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Installation.spintexScript().toString());
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD);
		builder.environment().put("SPINTEX_HOME", Installation.productDir().toString());
		builder.environment().putAll(slurmEnvironment);
		return builder.start();
	}

	private static Result spintex(String... args) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Installation.spintexScript().toString());
		command.addAll(List.of(args));
		return run(command);
	}

	/** Runs a command with the test cluster's SLURM_CONF (passed on by sbatch into the jobs). */
	private static Result run(List<String> command) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		Map<String, String> env = new HashMap<>(slurmEnvironment == null ? Map.of() : slurmEnvironment);
		env.put("SPINTEX_HOME", Installation.productDir().toString());
		builder.environment().putAll(env);
		return finish(builder.start(), 300);
	}

	private static Result finish(Process process, int seconds) throws Exception {
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), "did not finish: " + output);
		return new Result(process.exitValue(), output);
	}
}
