package org.spintex.runner.slurm;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which points each array task runs. A sweep's points are numbered from 1 and task k runs the k-th group of
 * {@code pointsPerTask}: with one point per task, array index = point number, so job 12_3 is point-003. A study of one
 * point (numbered 0) is the single task 0.
 */
public record TaskArray(int points, int pointsPerTask, boolean sweep) {

	/** The task that runs point {@code index}. */
	public int taskOf(int index) {
		return sweep ? (index - 1) / pointsPerTask + 1 : 0;
	}

	/** The tasks that run {@code indices}, each once, in order. */
	public List<Integer> tasksOf(List<Integer> indices) {
		return List.copyOf(new TreeSet<>(indices.stream().map(this::taskOf).toList()));
	}

	/** sbatch's --array list for {@code tasks}: "1-6", "2,4-5". */
	public static String spec(List<Integer> tasks) {
		List<String> ranges = new ArrayList<>();
		for (int i = 0; i < tasks.size();) {
			int j = i;
			while (j + 1 < tasks.size() && tasks.get(j + 1) == tasks.get(j) + 1) {
				j++;
			}
			ranges.add(i == j ? Integer.toString(tasks.get(i)) : tasks.get(i) + "-" + tasks.get(j));
			i = j + 1;
		}
		return String.join(",", ranges);
	}
}
