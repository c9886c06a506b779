package org.spintex.runner.study;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.spintex.compiler.CompiledPoint;
import org.spintex.compiler.InputJson;
import org.spintex.core.results.Checkpoint;
import org.spintex.core.results.ProgressStage;
import org.spintex.core.results.RunCancelledException;
import org.spintex.core.results.SweepChart;
import org.spintex.core.results.RunControl;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Runs the points of one study into {@code DIR/<device>/<study>/}: input.json (compiled input,
 * hashes, versions), run.log, a status file, each point's results.json and tables, and for sweeps
 * sweep.csv. Points run in parallel; a failing point is reported and the others go on. An existing
 * directory is continued with {@code resume} (completed points with the same input hash are kept)
 * and otherwise never overwritten.
 */
public final class StudyRun {

	/** How the run ended. */
	public record Outcome(String status, int completed, int failed, int reused, Path directory) {
	}

	/** The directory exists and the user did not ask to resume it. */
	public static final class DirectoryTaken extends RuntimeException {
		private static final long serialVersionUID = 1L;

		public DirectoryTaken(String message) {
			super(message);
		}
	}

	/**
	 * Where a caller with a progress bar (the workbench's job) follows the run: the same value the
	 * console shows. Called from the run's threads.
	 */
	@FunctionalInterface
	public interface Progress {
		void update(RunProgress.Snapshot snapshot);

		Progress NONE = snapshot -> {
		};
	}

	private final AtomicBoolean cancelled = new AtomicBoolean();
	private final Consumer<String> console;
	private final Progress progress;
	private volatile RunProvenance provenance;

	/** @param console where progress lines go (the terminal), besides run.log */
	public StudyRun(Consumer<String> console) {
		this(console, Progress.NONE);
	}

	/**
	 * @param console where progress lines go, besides run.log
	 * @param progress told of every change of the run's progress
	 */
	public StudyRun(Consumer<String> console, Progress progress) {
		this.console = console;
		this.progress = progress;
	}

	/** Records where the run comes from in input.json and every results.json. */
	public StudyRun withProvenance(RunProvenance provenance) {
		this.provenance = provenance;
		return this;
	}

	/** Asks the running points to stop; they write status "cancelled". */
	public void cancel() {
		cancelled.set(true);
	}

	public static Path directory(Path out, CompiledPoint first) {
		return out.resolve(first.input().device()).resolve(first.input().study());
	}

	/** Runs into {@code out/<device>/<study>/}, the command line's layout. */
	public Outcome execute(List<CompiledPoint> points, Path out, int threads, boolean resume, String version) {
		return executeIn(points, directory(out, points.get(0)), threads, resume, version);
	}

	/** Runs into the folder {@code dir} itself (the IDE gives every run a folder of its own). */
	public Outcome executeIn(List<CompiledPoint> points, Path dir, int threads, boolean resume, String version) {
		if (Files.exists(dir) && !resume) {
			throw new DirectoryTaken(dir + " exists (status: " + RunStatus.read(dir).orElse("unknown")
					+ "); continue it with --resume or choose another --out");
		}
		boolean sweep = points.size() > 1 || points.get(0).index() > 0;
		try {
			Files.createDirectories(dir);
		} catch (IOException e) {
			throw new OutputFailure(dir, e);
		}
		try (RunFolderLock lock = RunFolderLock.acquire(dir)) {
			return executeLocked(points, dir, sweep, threads, resume, version);
		}
	}

	private Outcome executeLocked(List<CompiledPoint> points, Path dir, boolean sweep, int threads, boolean resume,
			String version) {
		// a run killed while writing leaves its temporary file; the finished file was never replaced
		AtomicFiles.removeLeftovers(dir);
		try (AppendedFile log = AppendedFile.open(dir.resolve("run.log"))) {
			Consumer<String> logLine = line -> log.append(Instant.now() + " " + line + "\n");
			InputFile.write(dir, points, version, provenance);
			RunStatus.write(dir, RunStatus.RUNNING);
			logLine.accept("spintex " + version + ": " + points.size() + " point(s) on " + threads + " thread(s)"
					+ (resume ? ", resuming" : ""));
			announceOverrides(points, logLine);
			List<PointOutcome> outcomes = runPoints(points, dir, sweep, threads, resume, logLine);
			return finish(points, outcomes, dir, sweep, logLine);
		}
	}

	/**
	 * A share of a study's points — one Slurm array task's — run into their folders under {@code dir}, which the
	 * submission made (input.json, sources). Each point's folder is locked while it runs and is continued as by
	 * {@code --resume}: a completed point with the same input is kept, a stopped one goes on from its checkpoint. A
	 * point whose input differs from the one submitted (the device file was edited since) fails without running. The
	 * log goes to {@code slurm/log/}, whose files the gather joins into run.log; sweep.csv and the study's status are
	 * the gather's ({@link #gather}).
	 */
	public Outcome executeTask(List<CompiledPoint> share, Path dir, int threads, String version) {
		boolean sweep = share.size() > 1 || share.get(0).index() > 0;
		Map<Integer, String> submitted = SubmittedInputs.hashes(dir);
		Path logFile = dir.resolve(TASK_LOGS).resolve(pointName(share.get(0)) + ".log");
		// a study of one point has no folder per point: the task locks the study's
		try (RunFolderLock lock = sweep ? null : RunFolderLock.acquire(dir); AppendedFile log = AppendedFile.open(logFile)) {
			Consumer<String> logLine = line -> log.append(Instant.now() + " " + line + "\n");
			logLine.accept("spintex " + version + ": " + share.size() + " point(s) of a Slurm task on " + threads
					+ " thread(s)" + SlurmTaskLabel.current());
			List<CompiledPoint> runnable = new ArrayList<>();
			for (CompiledPoint point : share) {
				String hash = InputJson.toJson(point).get("hash").getAsString();
				String then = submitted.get(point.index());
				if (then == null || !then.equals(hash)) {
					Path pointDir = sweep ? dir.resolve(pointName(point)) : dir;
					String why = RunStatus.failed("its input is not the one submitted (input hash " + (then == null ? "none"
							: then.substring(0, 12) + "…") + " then, " + hash.substring(0, 12) + "… now): the device file or an "
							+ "import was edited after the submission; submit the study again");
					createDirectories(pointDir);
					RunStatus.write(pointDir, why);
					logLine.accept((sweep ? pointName(point) : "run") + ": " + why);
					console.accept(why);
				} else {
					runnable.add(point);
				}
			}
			List<PointOutcome> outcomes = runnable.isEmpty() ? List.of() : runPoints(runnable, dir, sweep, threads, true, logLine);
			long failed = share.size() - outcomes.stream().filter(o -> RunStatus.isCompleted(o.status())).count();
			int completed = (int) outcomes.stream().filter(o -> RunStatus.isCompleted(o.status())).count();
			String status = cancelled.get() ? RunStatus.CANCELLED
					: failed == 0 ? RunStatus.COMPLETED : RunStatus.failed(failed + " of " + share.size() + (share.size() == 1 ? " point" : " points") + " did not complete");
			logLine.accept("task: " + status);
			return new Outcome(status, completed, (int) failed, (int) outcomes.stream().filter(o -> o.reused()).count(), dir);
		}
	}

	/**
	 * Ends a study whose points ran elsewhere (Slurm's array tasks): reads every point's status and results from its
	 * folder, writes sweep.csv, the sweep charts and the study's status exactly as a local run does, and joins the
	 * tasks' logs into run.log. A point that never ran, or whose task was killed, is a failed row with the reason;
	 * it does not stop the others from being tabled.
	 */
	public Outcome gather(List<CompiledPoint> points, Path dir, String version) {
		boolean sweep = points.size() > 1 || points.get(0).index() > 0;
		try (RunFolderLock lock = RunFolderLock.acquire(dir); AppendedFile log = AppendedFile.open(dir.resolve("run.log"))) {
			Consumer<String> logLine = line -> log.append(Instant.now() + " " + line + "\n");
			// the tasks' own lines first, in point order, then the gather's
			TaskLogs.appendTo(dir.resolve(TASK_LOGS), log);
			logLine.accept("spintex " + version + ": gathering " + points.size() + " point(s) computed by Slurm tasks");
			List<PointOutcome> outcomes = new ArrayList<>();
			for (CompiledPoint point : points) {
				outcomes.add(recordedOutcome(point, sweep ? dir.resolve(pointName(point)) : dir));
			}
			return finish(points, outcomes, dir, sweep, logLine);
		}
	}

	/**
	 * Makes {@code dir} ready for points that run elsewhere (Slurm's array tasks): input.json with the provenance and
	 * the device files' copy, as a local run writes them first.
	 */
	public void prepare(List<CompiledPoint> points, Path dir, String version) {
		createDirectories(dir);
		AtomicFiles.removeLeftovers(dir);
		InputFile.write(dir, points, version, provenance);
	}

	/** Whether {@code point} of the study in {@code dir} has completed with the input it compiles to now. */
	public static boolean isDone(CompiledPoint point, boolean sweep, Path dir) {
		Path pointDir = sweep ? dir.resolve(pointName(point)) : dir;
		return RunStatus.read(pointDir).filter(RunStatus::isCompleted).isPresent()
				&& recordedHash(pointDir).filter(InputJson.hash(point.input())::equals).isPresent();
	}

	/** Where the Slurm tasks' logs go, one file per task, until the gather joins them into run.log. */
	public static final String TASK_LOGS = "slurm/log";

	/** A point's outcome as its folder tells it (for the gather). */
	private static PointOutcome recordedOutcome(CompiledPoint point, Path pointDir) {
		Optional<String> status = RunStatus.read(pointDir);
		if (status.isEmpty()) {
			return failedOutcome(Files.isDirectory(pointDir)
					? "the task ended without a word (killed?); its Slurm output in slurm/ says more"
					: "it never ran (its Slurm task was cancelled or failed to start); spintex run --on slurm --resume runs it");
		}
		String s = status.get();
		if (RunStatus.isCompleted(s)) {
			try {
				JsonObject json = JsonParser.parseString(Files.readString(pointDir.resolve("results.json"))).getAsJsonObject();
				PointRecorder.Recorded recorded = PointRecorder.Recorded.of(json);
				return new PointOutcome(s, recorded.scalars(), recorded.words(), false, List.of());
			} catch (IOException | RuntimeException e) {
				return failedOutcome("its status says " + s + " but results.json cannot be read: " + e.getMessage());
			}
		}
		if (s.equals(RunStatus.RUNNING)) {
			return failedOutcome("its task ended while the point ran (killed, or past the job's time limit); spintex run --on "
					+ "slurm --resume continues it from its last checkpoint");
		}
		if (s.equals(RunStatus.CANCELLED)) {
			return failedOutcome("stopped before its end (cancelled, or at the job's time limit without a requeue); spintex run "
					+ "--on slurm --resume continues it from its last checkpoint");
		}
		return new PointOutcome(s, Map.of(), Map.of(), false, List.of());
	}

	private static PointOutcome failedOutcome(String why) {
		return new PointOutcome(RunStatus.failed(why), Map.of(), Map.of(), false, List.of());
	}

	private void announceOverrides(List<CompiledPoint> points, Consumer<String> logLine) {
		List<CompiledPoint.Coordinate> overrides = points.get(0).overrides();
		if (!overrides.isEmpty()) {
			// values that are not in the file: said where the user looks, so that none applies unnoticed
			String line = "overrides (not in the file): "
					+ String.join(", ", overrides.stream().map(CompiledPoint.Coordinate::describe).toList());
			logLine.accept(line);
			console.accept(line);
		}
	}

	/** The study's table, charts and status from its points' outcomes: the same for a local run and a gather. */
	private Outcome finish(List<CompiledPoint> points, List<PointOutcome> outcomes, Path dir, boolean sweep,
			Consumer<String> logLine) {
		if (sweep) {
			SweepTable.write(dir, points, outcomes);
			SweepTable.drawCharts(dir, points, outcomes, logLine);
		}
		long failed = outcomes.stream().filter(o -> o.status().startsWith("failed")).count();
		long reused = outcomes.stream().filter(o -> o.reused()).count();
		long warned = outcomes.stream().filter(o -> o.status().equals(RunStatus.COMPLETED_WITH_WARNINGS)).count();
		String status = cancelled.get() ? RunStatus.CANCELLED
				: failed == 0 ? RunStatus.completed((int) warned) : RunStatus.failed(firstFailure(points, outcomes, sweep));
		RunStatus.write(dir, status);
		logLine.accept("status: " + status);
		int completed = (int) outcomes.stream().filter(o -> RunStatus.isCompleted(o.status())).count();
		return new Outcome(status, completed, (int) failed, (int) reused, dir);
	}

	private static void createDirectories(Path dir) {
		try {
			Files.createDirectories(dir);
		} catch (IOException e) {
			throw new OutputFailure(dir, e);
		}
	}

	/** "2 of 13 points failed (point-004: why)", or the single run's reason. */
	private static String firstFailure(List<CompiledPoint> points, List<PointOutcome> outcomes, boolean sweep) {
		long failed = outcomes.stream().filter(o -> o.status().startsWith("failed")).count();
		for (int i = 0; i < outcomes.size(); i++) {
			String status = outcomes.get(i).status();
			if (status.startsWith("failed")) {
				String why = status.substring("failed: ".length());
				return sweep ? failed + " of " + points.size() + " points failed (" + pointName(points.get(i)) + ": "
						+ why + ")" : why;
			}
		}
		return "";
	}

	private List<PointOutcome> runPoints(List<CompiledPoint> points, Path dir, boolean sweep, int threads,
			boolean resume, Consumer<String> log) {
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, points.size())));
		AtomicBoolean chartsSaved = new AtomicBoolean();
		RunProgress runProgress = new RunProgress(points.size());
		ProgressLines lines = new ProgressLines(console, points.size() > 1);
		try {
			List<Future<PointOutcome>> futures = new ArrayList<>();
			for (int i = 0; i < points.size(); i++) {
				CompiledPoint point = points.get(i);
				int slot = i;
				futures.add(pool.submit(() -> {
					PointOutcome outcome = runPoint(point, slot, runProgress, lines, sweep ? dir.resolve(pointName(point)) : dir,
							resume, log, Math.max(1, threads / Math.min(threads, points.size())), sweep);
					if (sweep && !outcome.sweepCharts().isEmpty() && !chartsSaved.getAndSet(true)) {
						SweepChartSpecs.write(dir, outcome.sweepCharts());
					}
					RunProgress.Snapshot snapshot = runProgress.ended(slot);
					progress.update(snapshot);
					lines.pointEnded(snapshot, outcome.status());
					return outcome;
				}));
			}
			List<PointOutcome> outcomes = new ArrayList<>();
			for (Future<PointOutcome> f : futures) {
				outcomes.add(f.get());
			}
			return outcomes;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			cancelled.set(true);
			throw new RunCancelledException("the sweep");
		} catch (java.util.concurrent.ExecutionException e) {
			if (e.getCause() instanceof OutputFailure output) {
				throw output; // the folder cannot take more: the run stops with the reason
			}
			throw new IllegalStateException(e.getCause());
		} finally {
			pool.shutdownNow();
		}
	}

	private PointOutcome runPoint(CompiledPoint point, int slot, RunProgress runProgress, ProgressLines lines, Path dir,
			boolean resume, Consumer<String> log, int threads, boolean ownFolder) {
		if (!ownFolder) {
			return runPoint(point, slot, runProgress, lines, dir, resume, log, threads);
		}
		// a sweep point's folder is its own: two runs (two Slurm tasks, a task and a local --resume) never share it
		createDirectories(dir);
		try (RunFolderLock lock = RunFolderLock.acquire(dir)) {
			AtomicFiles.removeLeftovers(dir);
			return runPoint(point, slot, runProgress, lines, dir, resume, log, threads);
		}
	}

	private PointOutcome runPoint(CompiledPoint point, int slot, RunProgress runProgress, ProgressLines lines, Path dir,
			boolean resume, Consumer<String> log, int threads) {
		String hash = InputJson.hash(point.input());
		String label = point.index() == 0 ? "run" : pointName(point);
		if (resume && RunStatus.read(dir).filter(RunStatus::isCompleted).isPresent()) {
			var previous = previousResults(dir, hash);
			if (previous != null) {
				log.accept(label + ": completed earlier with the same input, kept");
				return previous;
			}
		}
		if (resume) {
			recordedHash(dir).filter(h -> !h.equals(hash)).ifPresent(then -> {
				// said where the user looks too: --resume keeps nothing whose input changed
				String why = label + ": computed again, not kept: its input changed since it ran (input hash " + then.substring(0, 12)
						+ "… then, " + hash.substring(0, 12) + "… now: the device file, an import or the engine's version differs; "
						+ "spintex status says which)";
				log.accept(why);
				console.accept(why);
			});
		}
		PointRecorder recorder = new PointRecorder(dir, line -> log.accept(label + ": " + line));
		if (provenance != null) {
			recorder.setProvenance(provenance.json());
		}
		RunStatus.write(dir, RunStatus.RUNNING);
		RunControl control = new RunControl() {
			@Override
			public void progress(String stage, double fraction) {
				RunProgress.Snapshot snapshot = runProgress.stage(slot, stage, fraction);
				progress.update(snapshot);
				lines.stage(snapshot);
			}

			@Override
			public void plan(List<ProgressStage> stages) {
				progress.update(runProgress.plan(slot, stages));
			}

			@Override
			public boolean cancelled() {
				return cancelled.get();
			}
		};
		String status;
		recorder.setInputHash(hash);
		// a point stopped in the middle of its dynamics continues from its last checkpoint
		Checkpoint checkpoint = resume ? Checkpoints.read(dir, hash).orElse(null) : null;
		if (checkpoint != null) {
			log.accept(label + ": continuing from the checkpoint at t = " + checkpoint.timeSecond() + " s (" + checkpoint.outputs() + " outputs)");
			recorder.continueTable("table", checkpoint.outputs());
			Checkpoints.recorded(dir).ifPresent(recorder::restore);
		}
		try {
			Engines.run(point.input(), recorder, control, threads, checkpoint);
			recorder.writeResults(hash);
			Checkpoints.clear(dir);
			status = RunStatus.completed(recorder.warnings().size());
		} catch (RunCancelledException e) {
			recorder.writeResults(hash);
			status = RunStatus.CANCELLED;
		} catch (OutputFailure e) {
			// nowhere to write: stop every point, say why in the status if it still fits, and report it
			cancelled.set(true);
			recorder.closeTables();
			try {
				RunStatus.write(dir, RunStatus.failed(e.getMessage()));
				log.accept(label + ": " + RunStatus.failed(e.getMessage()));
			} catch (OutputFailure alsoFailed) {
				e.addSuppressed(alsoFailed);
			}
			throw e;
		} catch (RuntimeException e) {
			// keep what was computed before the failure; the status has the cause, run.log the whole story
			recorder.writeResults(hash);
			status = RunStatus.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
			StringWriter trace = new StringWriter();
			e.printStackTrace(new PrintWriter(trace));
			log.accept(label + ": failed on the input with hash " + hash + ":\n" + trace.toString().stripTrailing());
		}
		RunStatus.write(dir, status);
		log.accept(label + ": " + status);
		return new PointOutcome(status, recorder.scalars(), recorder.words(), false, recorder.sweepCharts());
	}

	/** The input hash a point's results.json records, if it has one. */
	private static Optional<String> recordedHash(Path dir) {
		try {
			JsonObject json = JsonParser.parseString(Files.readString(dir.resolve("results.json"))).getAsJsonObject();
			return Optional.of(json.get("inputHash").getAsString());
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	/** The results of a point completed earlier with the same input hash, or null. */
	private static PointOutcome previousResults(Path dir, String hash) {
		try {
			JsonObject json = JsonParser.parseString(Files.readString(dir.resolve("results.json"))).getAsJsonObject();
			if (!hash.equals(json.get("inputHash").getAsString())) {
				return null;
			}
			PointRecorder.Recorded recorded = PointRecorder.Recorded.of(json);
			return new PointOutcome(RunStatus.completed(recorded.warnings().size()), recorded.scalars(), recorded.words(), true,
					List.of());
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	public static String pointName(CompiledPoint point) {
		return String.format(Locale.ROOT, "point-%03d", point.index());
	}
}
