package org.spintex.runner.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.spintex.compiler.CompiledPoint;

/** {@code --point 3}, {@code --point 2-5}, {@code --point 1,4-6}: the sweep points a Slurm task runs. */
final class PointList {

	private PointList() {
	}

	/** The points of {@code all} that {@code text} names; {@link IllegalArgumentException} for a number not in the study. */
	static List<CompiledPoint> select(String text, List<CompiledPoint> all) {
		Set<Integer> wanted = new TreeSet<>();
		for (String part : text.split(",")) {
			String p = part.strip();
			try {
				int dash = p.indexOf('-', 1);
				int from = Integer.parseInt(dash < 0 ? p : p.substring(0, dash));
				int to = dash < 0 ? from : Integer.parseInt(p.substring(dash + 1));
				for (int i = from; i <= to; i++) {
					wanted.add(i);
				}
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("--point " + text + ": give point numbers as 3, 2-5 or 1,4-6");
			}
		}
		List<CompiledPoint> chosen = new ArrayList<>();
		for (CompiledPoint point : all) {
			if (wanted.remove(point.index())) {
				chosen.add(point);
			}
		}
		if (!wanted.isEmpty() || chosen.isEmpty()) {
			int first = all.get(0).index(), last = all.get(all.size() - 1).index();
			throw new IllegalArgumentException("--point " + text + ": the study has " + (first == last ? "point " + first
					: "points " + first + " to " + last));
		}
		return chosen;
	}
}
