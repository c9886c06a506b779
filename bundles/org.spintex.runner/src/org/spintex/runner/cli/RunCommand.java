package org.spintex.runner.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.spintex.compiler.CompiledPoint;
import org.spintex.runner.git.GitRevisions;
import org.spintex.runner.slurm.SlurmClient;
import org.spintex.runner.slurm.SlurmConfigFile;
import org.spintex.runner.slurm.SlurmException;
import org.spintex.runner.slurm.SlurmOptions;
import org.spintex.runner.slurm.SlurmSubmission;
import org.spintex.runner.slurm.TaskCommand;
import org.spintex.runner.study.OutputFailure;
import org.spintex.runner.study.RunProvenance;
import org.spintex.runner.study.RunStatus;
import org.spintex.runner.study.StudyRun;
import org.spintex.runner.study.StudySelection;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spintex run}: compile a study, run its points in parallel, write results beside the compiled input. */
@Command(name = "run", mixinStandardHelpOptions = true,
		description = "Run a study; results go to DIR/<device>/<study>/ (input.json, results.json, CSV tables, run.log, status).")
final class RunCommand implements Callable<Integer> {

	@Mixin
	private StudyArguments arguments;

	@Option(names = "--out", paramLabel = "DIR", description = "where results go (default: ${DEFAULT-VALUE})")
	private Path outDir = Path.of("results");


	@Option(names = "--threads", paramLabel = "N", description = "sweep points run at once (default: the number of cores)")
	private int threads = Runtime.getRuntime().availableProcessors();

	@Option(names = "--resume", description = "continue an earlier run in the same directory, keeping its completed points")
	private boolean resume;

	@Option(names = "--quiet", description = "print only the final status")
	private boolean quiet;

	/** Where the points run. */
	enum Where {
		local, slurm
	}

	@Option(names = "--on", paramLabel = "WHERE", description = "where the points run: local (this machine, the default) or "
			+ "slurm (a job array on the cluster, one task per sweep point, and a gather job that tables the sweep)")
	private Where on = Where.local;

	@Mixin
	private SlurmArguments slurm;

	@Option(names = "--point", paramLabel = "LIST", description = "run only these sweep points (3, 2-5, 1,4-6) into the run "
			+ "folder, continuing what an earlier attempt left; what each Slurm task runs")
	private String pointList;

	@Option(names = "--gather", description = "table a sweep whose points ran elsewhere (Slurm tasks): sweep.csv, charts, status")
	private boolean gather;

	@Option(names = "--run-folder", paramLabel = "DIR", description = "the run's own folder, instead of DIR/<device>/<study> "
			+ "under --out (the Slurm job scripts name it)")
	private Path runFolder;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Path folder = arguments.file().toAbsolutePath().normalize().getParent();
		if (folder != null) {
			GitRevisions.warmUpInBackground(folder);
		}
		StudySelection.Selection selection;
		try {
			selection = arguments.select(err);
		} catch (StudySelection.BadInput e) {
			err.println(e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
		List<CompiledPoint> points = selection.points();
		String version = new SpintexVersion().getVersion()[0];
		StudyRun run = new StudyRun(line -> {
			if (!quiet) {
				err.println(line);
				err.flush();
			}
		}).withProvenance(RunProvenance.of(arguments.file(), selection.files(), points, SpintexVersion.bundleVersion()));
		Path dir = (runFolder != null ? runFolder : StudyRun.directory(outDir, points.get(0))).toAbsolutePath().normalize();
		if (slurm.any() && on != Where.slurm) {
			err.println("spintex run: the Slurm options (--partition, --time, --dry-run, ...) need --on slurm");
			return ExitCodes.BAD_INPUT;
		}
		if (on == Where.slurm) {
			return submit(points, dir, run, version, out, err);
		}
		try {
			return runHere(points, dir, run, version, out);
		} catch (StudyRun.DirectoryTaken | IllegalArgumentException e) {
			err.println("spintex run: " + e.getMessage());
			return ExitCodes.BAD_INPUT;
		} catch (OutputFailure e) {
			err.println("spintex: " + e.getMessage());
			return ExitCodes.ENVIRONMENT;
		}
	}

	/** The points on this machine: the whole study, a Slurm task's share (--point), or the gather of one (--gather). */
	private int runHere(List<CompiledPoint> points, Path dir, StudyRun run, String version, PrintWriter out) throws Exception {
		if (gather) {
			StudyRun.Outcome outcome = run.gather(points, dir, version);
			report(out, outcome, points);
			return exitCode(outcome);
		}
		List<CompiledPoint> share = pointList == null ? points : PointList.select(pointList, points);
		// Ctrl-C, a kill, or the Slurm task's warning before its time limit: the points stop at their last
		// checkpoint, write their state and the status says "cancelled"
		CountDownLatch finished = new CountDownLatch(1);
		Thread hook = new Thread(() -> {
			run.cancel();
			try {
				finished.await(20, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "spintex-cancel");
		Runtime.getRuntime().addShutdownHook(hook);
		StudyRun.Outcome outcome;
		try {
			outcome = pointList != null ? run.executeTask(share, dir, threads, version)
					: run.executeIn(points, dir, threads, resume, version);
		} finally {
			finished.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			} catch (IllegalStateException shuttingDown) {
				// the hook is running: the JVM is going down after Ctrl-C
			}
		}
		if (pointList != null) {
			// a Slurm task's output file: which points, and how they ended (cancelled: stopped at a checkpoint)
			out.println((share.size() == 1 ? StudyRun.pointName(share.get(0)) : "points " + pointList) + ": " + outcome.status()
					+ (outcome.reused() > 0 ? " (" + outcome.reused() + " completed before, kept)" : ""));
			return exitCode(outcome);
		}
		report(out, outcome, points);
		return exitCode(outcome);
	}

	private static int exitCode(StudyRun.Outcome outcome) {
		return switch (outcome.status()) {
		case RunStatus.COMPLETED -> ExitCodes.OK;
		case RunStatus.COMPLETED_WITH_WARNINGS -> ExitCodes.COMPLETED_WITH_WARNINGS;
		default -> ExitCodes.RUN_FAILED;
		};
	}

	/** --on slurm: checks, prepares the folder, writes the job scripts, submits them (unless --dry-run) and returns. */
	private int submit(List<CompiledPoint> points, Path dir, StudyRun run, String version, PrintWriter out, PrintWriter err)
			throws Exception {
		if (pointList != null || gather) {
			err.println("spintex run: --point and --gather run here, in a Slurm task; they do not go with --on slurm");
			return ExitCodes.BAD_INPUT;
		}
		var first = points.get(0).input();
		SlurmSubmission.Submitted submitted;
		SlurmOptions options;
		try {
			options = SlurmOptions.resolve(slurm.given(), SlurmConfigFile.forUser(System.getenv()), System.getenv());
			SlurmSubmission.Request request = new SlurmSubmission.Request(points, arguments.forTasks(first.study()),
					"study '" + first.study() + "' of " + first.device(), dir, options, resume, slurm.dryRun(), version);
			submitted = new SlurmSubmission(SlurmClient.ofThisProcess(), TaskCommand.ofThisProcess()).submit(request, run,
					line -> {
					});
		} catch (IllegalArgumentException | StudyRun.DirectoryTaken e) {
			err.println("spintex run: " + e.getMessage());
			return ExitCodes.BAD_INPUT;
		} catch (SlurmException e) {
			err.println("spintex run: " + e.getMessage());
			return ExitCodes.ENVIRONMENT;
		} catch (OutputFailure e) {
			err.println("spintex: " + e.getMessage());
			return ExitCodes.ENVIRONMENT;
		}
		if (submitted.tasks().isEmpty()) {
			out.println("every one of the " + points.size() + " points has completed with the input it has now; nothing to "
					+ "submit. The table, charts and status are written here.");
			StudyRun.Outcome outcome = run.gather(points, dir, version);
			report(out, outcome, points);
			return exitCode(outcome);
		}
		String tasks = submitted.tasks().size() + (submitted.tasks().size() == 1 ? " task" : " tasks")
				+ (options.pointsPerTask() > 1 ? " of up to " + options.pointsPerTask() + " points" : "")
				+ " for " + submitted.pointsToRun() + (submitted.pointsToRun() == 1 ? " point" : " points")
				+ (submitted.pointsDone() > 0 ? " (" + submitted.pointsDone() + " completed before, kept)" : "");
		if (submitted.arrayJob().isEmpty()) {
			out.println("job scripts written, not submitted: " + tasks);
			out.println("submit them with: bash " + submitted.submitScript());
		} else {
			out.println("submitted to Slurm: array job " + submitted.arrayJob().get() + ", " + tasks + "; gather job "
					+ submitted.gatherJob().get() + " after it");
		}
		out.println("options: " + options.describe());
		out.println("results: " + dir);
		out.println("follow it with: spintex status " + dir);
		return ExitCodes.OK;
	}

	private void report(PrintWriter out, StudyRun.Outcome outcome, List<CompiledPoint> points) throws Exception {
		Path dir = outcome.directory();
		if (points.size() == 1 && points.get(0).index() == 0 && Files.exists(dir.resolve("results.json"))) {
			JsonObject results = JsonParser.parseString(Files.readString(dir.resolve("results.json"))).getAsJsonObject()
					.getAsJsonObject("results");
			results.entrySet().forEach(e -> out.println(e.getValue().isJsonObject()
					? String.format(java.util.Locale.ROOT, "%-32s %.6g %s", e.getKey(),
							e.getValue().getAsJsonObject().get("value").getAsDouble(),
							e.getValue().getAsJsonObject().get("unit").getAsString())
					: String.format("%-32s %s", e.getKey(), e.getValue().getAsString())));
		} else if (Files.exists(dir.resolve("sweep.csv"))) {
			out.println(points.size() + " points: " + outcome.completed() + " completed (" + outcome.reused()
					+ " kept from before), " + outcome.failed() + " failed; table: " + dir.resolve("sweep.csv"));
		}
		out.println("status: " + outcome.status());
		out.println("results: " + dir);
	}
}
