package org.spintex.runner.slurm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.spintex.runner.study.AtomicFiles;

/**
 * The three scripts of a submission, written into the run folder's {@code slurm/} and nowhere else: {@code task.sh},
 * one array task (its points, the warning before the time limit, the requeue); {@code gather.sh}, the job that tables
 * the sweep once the array has ended; {@code submit.sh}, which submits both with sbatch and records their ids in
 * {@code slurm/jobs} — run by {@code spintex run --on slurm}, or by the user after {@code --dry-run}. Every path and
 * value is quoted for bash ({@link ShellWords}).
 */
public record JobScripts(Path runFolder, String label, String jobName, TaskCommand command, List<String> studyArguments, TaskArray array,
		SlurmOptions options) {

	/**
	 * When a warned task stops its point: this long before the job's end, time enough to write the point's state and
	 * requeue before Slurm kills the job (at its next look at the timers after the end).
	 */
	static final int STOP_BEFORE_END_SECONDS = 20;

	/** Seconds before the limit at which Slurm warns a task (--signal=B:USR1@…). */
	private long warningSeconds() {
		return options.time().map(SlurmTime::warningSeconds).orElse(DEFAULT_WARNING_SECONDS);
	}

	/** The warning's lead when no time limit is given (the partition's applies): two minutes. */
	private static final long DEFAULT_WARNING_SECONDS = 120;

	/** Writes the three scripts for the array tasks {@code tasks}; returns submit.sh. */
	public Path write(List<Integer> tasks) {
		Path slurm = runFolder.resolve(Submissions.FOLDER);
		AtomicFiles.write(slurm.resolve("task.sh"), taskScript());
		AtomicFiles.write(slurm.resolve("gather.sh"), gatherScript());
		Path submit = slurm.resolve("submit.sh");
		AtomicFiles.write(submit, submitScript(tasks));
		for (String name : List.of("task.sh", "gather.sh", "submit.sh")) {
			slurm.resolve(name).toFile().setExecutable(true);
		}
		return submit;
	}

	/** The spintex command line of a task or the gather, up to the options that differ. */
	private String spintex(List<String> extra) {
		List<String> words = new ArrayList<>(command.words());
		words.add("run");
		words.addAll(studyArguments);
		words.addAll(List.of("--run-folder", runFolder.toString(), "--quiet"));
		words.addAll(extra);
		return ShellWords.join(words);
	}

	private String exports() {
		StringBuilder s = new StringBuilder();
		for (Map.Entry<String, String> e : command.environment().entrySet()) {
			s.append("export ").append(e.getKey()).append('=').append(ShellWords.quote(e.getValue())).append('\n');
		}
		return s.toString();
	}

	String taskScript() {
		String points = array.sweep() ? String.format(Locale.ROOT, """
				per_task=%d
				first=$(( (SLURM_ARRAY_TASK_ID - 1) * per_task + 1 ))
				last=$(( first + per_task - 1 ))
				[ "$last" -le %d ] || last=%d
				folders=()
				for ((k = first; k <= last; k++)); do folders+=("$run/$(printf 'point-%%03d' "$k")"); done
				""", array.pointsPerTask(), array.points(), array.points()) : """
				first=0
				last=0
				folders=("$run")
				""";
		return "#!/usr/bin/env bash\n"
				+ "# One Slurm array task of " + label + ", written by `spintex run --on slurm`.\n"
				+ "# Array index k runs " + (array.sweep() ? "sweep point k" + (array.pointsPerTask() > 1 ? " group k of "
						+ array.pointsPerTask() + " points" : "") : "the study's one point")
				+ " into the run folder, as a local run would.\n"
				+ "# Before the job's time limit Slurm sends this shell USR1: the point stops at its last checkpoint and the\n"
				+ "# task goes back into the queue (scontrol requeue), to continue from there bit for bit.\n"
				+ "set -uo pipefail\n"
				+ "run=" + ShellWords.quote(runFolder.toString()) + "\n"
				+ points
				+ "mkdir -p \"$run/slurm/log\"\n"
				+ "started=\"$run/slurm/log/.task-$SLURM_ARRAY_TASK_ID.started\"\n"
				+ "touch \"$started\"\n"
				+ exports()
				+ spintex(List.of("--threads", Integer.toString(options.cpusPerPoint()))) + " --point \"$first-$last\" &\n"
				+ "spintex=$!\n"
				+ "progress() {  # a checkpoint or a result written since this attempt began\n"
				+ "  find \"${folders[@]}\" -maxdepth 1 -newer \"$started\" \\( -name checkpoint.json -o -name results.json \\) -print -quit 2>/dev/null\n"
				+ "}\n"
				+ "stop_and_requeue() {\n"
				+ "  # Slurm may send the warning up to a minute early (it looks at its timers twice a minute): compute on\n"
				+ "  # until " + STOP_BEFORE_END_SECONDS + " s before the task's end, then stop at the last checkpoint. The task\n"
				+ "  # is named by array and index: the array's own job id is also one of its tasks. Without an answer, the\n"
				+ "  # end is taken as near as the warning allows.\n"
				+ "  end_time=$(squeue -h -j \"${SLURM_ARRAY_JOB_ID}_${SLURM_ARRAY_TASK_ID}\" -o %e 2>/dev/null | head -n 1)\n"
				+ "  if [ -z \"$end_time\" ] || ! end=$(date -d \"$end_time\" +%s 2>/dev/null); then\n"
				+ "    end=$(( $(date +%s) + " + warningSeconds() + " ))\n"
				+ "  fi\n"
				+ "  while kill -0 \"$spintex\" 2>/dev/null && [ $(( $(date +%s) + " + STOP_BEFORE_END_SECONDS + " )) -lt \"$end\" ]; do sleep 1; done\n"
				+ "  if ! kill -0 \"$spintex\" 2>/dev/null; then\n"
				+ "    wait \"$spintex\"\n"
				+ "    exit $?\n"
				+ "  fi\n"
				+ "  kill -TERM \"$spintex\" 2>/dev/null\n"
				+ "  wait \"$spintex\"\n"
				+ "  # back into the queue only if this attempt got somewhere\n"
				+ "  if [ -n \"$(progress)\" ]; then\n"
				+ "    echo \"spintex task: the time limit is near; stopped at the last checkpoint, requeued\" >&2\n"
				+ "    scontrol requeue \"${SLURM_ARRAY_JOB_ID}_${SLURM_ARRAY_TASK_ID}\"\n"
				+ "  else\n"
				+ "    echo \"spintex task: the time limit is near and no checkpoint was written since the task began; not requeued: give it more --time\" >&2\n"
				+ "  fi\n"
				+ "  exit 0\n"
				+ "}\n"
				+ "trap stop_and_requeue USR1\n"
				+ "wait \"$spintex\"\n"
				+ "code=$?\n"
				+ "rm -f \"$started\"\n"
				+ "exit \"$code\"\n";
	}

	String gatherScript() {
		return "#!/usr/bin/env bash\n"
				+ "# The end of " + label + " on Slurm, written by `spintex run --on slurm`: once every array task has\n"
				+ "# ended (a failed point too), sweep.csv, the sweep charts and the status, as a local run writes them.\n"
				+ "set -uo pipefail\n"
				+ exports()
				+ spintex(List.of("--gather")) + "\n";
	}

	String submitScript(List<Integer> tasks) {
		String slurm = ShellWords.quote(runFolder.resolve(Submissions.FOLDER).toString());
		String name = ShellWords.quote(jobName.replaceAll("[^A-Za-z0-9._-]+", "-"));
		String arraySpec = TaskArray.spec(tasks) + options.maxParallel().stream().mapToObj(k -> "%" + k).findFirst().orElse("");
		List<String> arrayOptions = new ArrayList<>(List.of("--parsable", "--array=" + arraySpec, "--requeue", "--open-mode=append"));
		// the warning before the time limit: without a limit of ours, two minutes before the partition's
		arrayOptions.add("--signal=B:USR1@" + warningSeconds());
		arrayOptions.addAll(options.taskOptions());
		List<String> gatherOptions = new ArrayList<>(List.of("--parsable", "--open-mode=append"));
		gatherOptions.addAll(options.gatherOptions());
		return "#!/usr/bin/env bash\n"
				+ "# Submits " + label + " to Slurm: an array of " + tasks.size() + (tasks.size() == 1 ? " task" : " tasks")
				+ ", then the gather once all of\n"
				+ "# them have ended (afterany: a failed point does not stop the table). Written by `spintex run --on slurm`;\n"
				+ "# after `--dry-run`, run it yourself: bash " + ShellWords.quote(runFolder.resolve("slurm/submit.sh").toString()) + "\n"
				+ "set -euo pipefail\n"
				+ "slurm=" + slurm + "\n"
				+ "array=$(sbatch " + ShellWords.join(arrayOptions) + " --job-name=" + name
				+ " --output=\"$slurm/task-%A_%a.out\" \"$slurm/task.sh\")\n"
				+ "array=${array%%;*}\n"
				+ "if ! gather=$(sbatch " + ShellWords.join(gatherOptions) + " --job-name=" + name + "-gather"
				+ " --dependency=\"afterany:$array\" --output=\"$slurm/gather-%j.out\" \"$slurm/gather.sh\"); then\n"
				+ "  scancel \"$array\"\n"
				+ "  echo \"spintex: sbatch refused the gather job; the array $array is cancelled\" >&2\n"
				+ "  exit 1\n"
				+ "fi\n"
				+ "gather=${gather%%;*}\n"
				+ "status=\"submitted to Slurm: array job $array (" + tasks.size() + (tasks.size() == 1 ? " task" : " tasks")
				+ "), gather job $gather\"\n"
				+ "echo \"$status\" >\"$slurm/.status.partial\" && mv -f \"$slurm/.status.partial\" \"$slurm/../status\"\n"
				+ "echo \"$(date -Iseconds) array=$array gather=$gather tasks=" + TaskArray.spec(tasks) + " points-per-task="
				+ array.pointsPerTask() + "\" >>\"$slurm/jobs\"\n"
				+ "echo \"array=$array gather=$gather\"\n";
	}
}
