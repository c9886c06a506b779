package org.spintex.runner.slurm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record of a run folder's submissions, {@code slurm/jobs}: one line per submission, appended by submit.sh
 * ({@code 2026-12-02T14:00:00+00:00 array=12 gather=13 tasks=1-6 points-per-task=1}), the newest last. Read by
 * {@code spintex status}, by {@code --resume} (no second submission while one is in the queue) and by the workbench.
 */
public final class Submissions {

	public static final String FOLDER = "slurm";
	public static final String FILE = "jobs";

	/** One submission: its array job, its gather job, the array's task list. */
	public record Submission(String time, String arrayJob, String gatherJob, String tasks, int pointsPerTask) {

		/** The job id of array task {@code task}: "12_3". */
		public String taskJob(int task) {
			return arrayJob + "_" + task;
		}
	}

	private Submissions() {
	}

	/** Whether {@code runFolder} was submitted to Slurm (or prepared for it with --dry-run). */
	public static boolean isSlurmRun(Path runFolder) {
		return Files.isRegularFile(runFolder.resolve(FOLDER).resolve("task.sh"));
	}

	/** The submissions recorded in {@code runFolder}, oldest first. */
	public static List<Submission> of(Path runFolder) {
		Path file = runFolder.resolve(FOLDER).resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		List<Submission> list = new ArrayList<>();
		try {
			for (String line : Files.readAllLines(file)) {
				String[] words = line.strip().split("\\s+");
				Map<String, String> fields = new LinkedHashMap<>();
				for (String w : words) {
					int eq = w.indexOf('=');
					if (eq > 0) {
						fields.put(w.substring(0, eq), w.substring(eq + 1));
					}
				}
				if (fields.containsKey("array") && fields.containsKey("gather")) {
					list.add(new Submission(words[0], fields.get("array"), fields.get("gather"), fields.getOrDefault("tasks", ""),
							Integer.parseInt(fields.getOrDefault("points-per-task", "1"))));
				}
			}
		} catch (IOException | NumberFormatException e) {
			// an unreadable record: as if nothing had been submitted from here
		}
		return list;
	}

	/** The newest submission, if any. */
	public static Optional<Submission> latest(Path runFolder) {
		List<Submission> all = of(runFolder);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}
}
