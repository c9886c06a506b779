package org.spintex.runner.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.spintex.compiler.CompiledPoint;
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

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
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
		// Ctrl-C or a kill: the points stop, write their state and the status says "cancelled"
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
			outcome = run.execute(points, outDir, threads, resume, version);
		} catch (StudyRun.DirectoryTaken e) {
			err.println(e.getMessage());
			return ExitCodes.BAD_INPUT;
		} catch (OutputFailure e) {
			err.println("spintex: " + e.getMessage());
			return ExitCodes.ENVIRONMENT;
		} finally {
			finished.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			} catch (IllegalStateException shuttingDown) {
				// the hook is running: the JVM is going down after Ctrl-C
			}
		}
		report(out, outcome, points);
		return switch (outcome.status()) {
		case RunStatus.COMPLETED -> ExitCodes.OK;
		case RunStatus.COMPLETED_WITH_WARNINGS -> ExitCodes.COMPLETED_WITH_WARNINGS;
		default -> ExitCodes.RUN_FAILED;
		};
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
