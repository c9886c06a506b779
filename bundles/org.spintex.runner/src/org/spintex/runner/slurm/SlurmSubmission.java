package org.spintex.runner.slurm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.spintex.compiler.CompiledPoint;
import org.spintex.runner.study.RunFolderLock;
import org.spintex.runner.study.RunStatus;
import org.spintex.runner.study.StudyRun;

/**
 * {@code spintex run FILE --on slurm}: a study as a Slurm job array, one task per sweep point (or per group of points),
 * and a gather job after it. Everything is checked before anything is submitted (sbatch on the PATH, the partition,
 * the options, no earlier submission of this folder still in the queue); the run folder is prepared as a local run
 * prepares it (input.json, sources), the scripts go into its {@code slurm/}, and the folder is locked while this
 * happens, so that two submissions never share it. With {@code resume}, only points that have not completed with the
 * input they compile to now are submitted again.
 */
public final class SlurmSubmission {

	/** What to submit. {@code studyArguments} are the words that compile the same points again (FILE, --study, --set). */
	public record Request(List<CompiledPoint> points, List<String> studyArguments, String label, Path runFolder,
			SlurmOptions options, boolean resume, boolean dryRun, String version) {
	}

	/** What was submitted (or, for a dry run, written): the jobs, the tasks, and the points they run. */
	public record Submitted(Path runFolder, Optional<String> arrayJob, Optional<String> gatherJob, List<Integer> tasks,
			int pointsToRun, int pointsDone, Path submitScript) {
	}

	private final SlurmClient client;
	private final TaskCommand command;

	public SlurmSubmission(SlurmClient client, TaskCommand command) {
		this.client = client;
		this.command = command;
	}

	/**
	 * Prepares and submits {@code request}. {@link StudyRun.DirectoryTaken} when the folder exists without
	 * {@code resume} or an earlier submission is still in the queue; {@link SlurmException} when Slurm refuses.
	 * {@code study} writes input.json (it carries the run's provenance); {@code log} hears what happens.
	 */
	public Submitted submit(Request request, StudyRun study, Consumer<String> log) {
		Path dir = request.runFolder();
		if (!request.dryRun()) {
			client.requireSbatch();
			request.options().partition().ifPresent(client::requirePartition);
		}
		if (Files.exists(dir) && !request.resume()) {
			throw new StudyRun.DirectoryTaken(dir + " exists (status: " + RunStatus.read(dir).orElse("unknown")
					+ "); continue it with --resume or choose another --out");
		}
		if (request.resume()) {
			refuseWhileQueued(dir);
		}
		List<CompiledPoint> points = request.points();
		boolean sweep = points.size() > 1 || points.get(0).index() > 0;
		TaskArray array = new TaskArray(points.size(), request.options().pointsPerTask(), sweep);
		try {
			Files.createDirectories(dir);
		} catch (java.io.IOException e) {
			throw new org.spintex.runner.study.OutputFailure(dir, e);
		}
		try (RunFolderLock lock = RunFolderLock.acquire(dir)) {
			study.prepare(points, dir, request.version());
			List<Integer> toRun = new ArrayList<>();
			for (CompiledPoint p : points) {
				if (!request.resume() || !StudyRun.isDone(p, sweep, dir)) {
					toRun.add(p.index());
				}
			}
			List<Integer> tasks = array.tasksOf(toRun);
			String jobName = "spintex-" + points.get(0).input().device() + "." + points.get(0).input().study();
			Path submit = new JobScripts(dir, request.label(), jobName, command, request.studyArguments(), array, request.options())
					.write(tasks);
			int done = points.size() - toRun.size();
			if (tasks.isEmpty()) {
				return new Submitted(dir, Optional.empty(), Optional.empty(), tasks, 0, done, submit);
			}
			if (request.dryRun()) {
				RunStatus.write(dir, "prepared for Slurm, not submitted: bash " + submit);
				return new Submitted(dir, Optional.empty(), Optional.empty(), tasks, toRun.size(), done, submit);
			}
			SlurmClient.Result result = client.run(List.of("bash", submit.toString()), 120);
			String last = result.out().strip().lines().reduce((a, b) -> b).orElse("");
			if (result.exitCode() != 0 || !last.matches("array=\\S+ gather=\\S+")) {
				RunStatus.write(dir, RunStatus.failed("Slurm refused the submission: " + result.err().strip()));
				throw new SlurmException("Slurm refused the submission: " + result.err().strip()
						+ " (the scripts are in " + dir.resolve(Submissions.FOLDER) + ")");
			}
			String arrayJob = last.substring("array=".length(), last.indexOf(' '));
			String gatherJob = last.substring(last.indexOf("gather=") + "gather=".length());
			// submit.sh wrote the status: "submitted to Slurm: array job 12 (6 tasks), gather job 13"
			log.accept("submitted array job " + arrayJob + " (tasks " + TaskArray.spec(tasks) + ") and gather job " + gatherJob);
			return new Submitted(dir, Optional.of(arrayJob), Optional.of(gatherJob), tasks, toRun.size(), done, submit);
		}
	}

	/** Refuses a second submission while the jobs of the last one are still pending or running. */
	private void refuseWhileQueued(Path dir) {
		Optional<Submissions.Submission> last = Submissions.latest(dir);
		if (last.isEmpty()) {
			return;
		}
		var queue = client.queue(List.of(last.get().arrayJob(), last.get().gatherJob()));
		if (queue.isPresent() && queue.get().values().stream().anyMatch(SlurmClient.QueueEntry::active)) {
			throw new StudyRun.DirectoryTaken(dir + " has jobs in Slurm's queue (array " + last.get().arrayJob() + ", gather "
					+ last.get().gatherJob() + "); wait for them to end, or scancel them, then --resume");
		}
	}
}
