package org.spintex.runner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.spintex.compiler.InputJson;
import org.spintex.runner.diff.RunCurrency;
import org.spintex.runner.slurm.SlurmClient;
import org.spintex.runner.slurm.SlurmProgress;
import org.spintex.runner.slurm.Submissions;
import org.spintex.runner.study.DeviceFiles;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spintex status [DIR]}: the runs under a results folder, where each came from, and whether it is still current. */
@Command(name = "status", mixinStandardHelpOptions = true,
		description = "List the runs under a results folder (default: results) with their provenance — device file, git "
				+ "commit, uncommitted changes, Spintex build — and whether each is current for the file as it is now or "
				+ "stale, and why, in the words of spintex diff.")
final class StatusCommand implements Callable<Integer> {

	@Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "the results folder (default: results)")
	private Path folder = Path.of("results");

	@Option(names = "--json", description = "write the runs as JSON")
	private boolean json;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
		if (!Files.isDirectory(folder)) {
			err.println(folder + ": no such folder (spintex run writes its results under results/, or where --out says)");
			return ExitCodes.BAD_INPUT;
		}
		List<RunCurrency.Run> runs;
		try {
			runs = RunCurrency.under(folder, new DeviceFiles());
		} catch (IOException | RuntimeException e) {
			err.println("spintex status: cannot read " + folder + ": " + e.getMessage());
			return ExitCodes.ENVIRONMENT;
		}
		if (json) {
			JsonArray list = new JsonArray();
			runs.forEach(r -> list.add(json(r)));
			out.print(InputJson.toText(list));
		} else if (runs.isEmpty()) {
			out.println("no runs under " + folder);
		} else {
			runs.forEach(r -> out.print(text(r)));
			long stale = runs.stream().filter(r -> r.state() == RunCurrency.State.STALE).count();
			out.printf(Locale.ROOT, "%d run%s: %d current, %d stale, %d unknown%n", runs.size(), runs.size() == 1 ? "" : "s",
					runs.stream().filter(r -> r.state() == RunCurrency.State.CURRENT).count(), stale,
					runs.stream().filter(r -> r.state() == RunCurrency.State.UNKNOWN).count());
		}
		out.flush();
		return ExitCodes.OK;
	}

	private static String text(RunCurrency.Run run) {
		StringBuilder s = new StringBuilder(run.folder().toString()).append('\n');
		s.append("    ").append(run.study()).append(", ").append(run.status()).append(", ").append(run.points())
				.append(run.points() == 1 ? " point" : " points").append('\n');
		run.provenance().ifPresent(p -> s.append("    from ").append(p.file())
				.append(p.commit().map(c -> " at " + c.substring(0, 10) + (p.dirty() ? " with uncommitted changes" : "")).orElse(""))
				.append(", Spintex ").append(p.spintex()).append('\n'));
		s.append("    ").append(state(run)).append('\n');
		run.why().forEach(w -> s.append("        ").append(w).append('\n'));
		if (Submissions.isSlurmRun(run.folder())) {
			SlurmProgress progress = SlurmProgress.of(run.folder(), SlurmClient.ofThisProcess());
			s.append("    Slurm: ").append(progress.jobs()).append('\n');
			s.append("    ").append(progress.summary()).append('\n');
			progress.openPoints().forEach(line -> s.append("        ").append(line).append('\n'));
		}
		return s.toString();
	}

	private static String state(RunCurrency.Run run) {
		return switch (run.state()) {
		case CURRENT -> "current";
		case STALE -> "stale: " + run.stale() + " of " + run.points() + (run.points() == 1 ? " point" : " points")
				+ " would get another input now";
		case UNKNOWN -> "unknown";
		};
	}

	private static JsonObject json(RunCurrency.Run run) {
		JsonObject json = new JsonObject();
		json.addProperty("folder", run.folder().toString());
		json.addProperty("study", run.study());
		json.addProperty("status", run.status());
		json.addProperty("points", run.points());
		json.addProperty("state", run.state().name().toLowerCase(Locale.ROOT));
		json.addProperty("stale", run.stale());
		run.provenance().ifPresent(p -> json.add("provenance", p.json()));
		JsonArray why = new JsonArray();
		run.why().forEach(why::add);
		json.add("why", why);
		if (Submissions.isSlurmRun(run.folder())) {
			SlurmProgress progress = SlurmProgress.of(run.folder(), SlurmClient.ofThisProcess());
			JsonObject slurm = new JsonObject();
			progress.submission().ifPresent(sub -> {
				slurm.addProperty("arrayJob", sub.arrayJob());
				slurm.addProperty("gatherJob", sub.gatherJob());
			});
			slurm.addProperty("queueAnswered", progress.queueAnswered());
			JsonArray points = new JsonArray();
			progress.points().forEach(p -> {
				JsonObject point = new JsonObject();
				point.addProperty("point", p.index());
				point.addProperty("state", p.state().word());
				point.addProperty("detail", p.detail());
				points.add(point);
			});
			slurm.add("points", points);
			json.add("slurm", slurm);
		}
		return json;
	}
}
