package org.spintex.runner.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.spintex.compiler.CompiledPoint;
import org.spintex.compiler.InputJson;
import org.spintex.compiler.StudyCompiler;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Model;
import org.spintex.runner.study.StudySelection;

/**
 * Which studies a change makes stale: every study of the newer version compiled, point by point, and each point's
 * input hash looked for among the older version's points of the study of the same name. A point whose hash the older
 * version has would give the same result; any other point must be run again.
 */
public final class StudyStaleness {

	/**
	 * A study of the newer version and how many of its points changed.
	 *
	 * @param stale the points whose compiled input the older version does not have
	 * @param problem why the study could not be compared (it does not compile), empty otherwise
	 */
	public record Study(String device, String name, int points, int stale, boolean added, String problem) {

		/** "Track.push". */
		public String path() {
			return device + "." + name;
		}

		public boolean current() {
			return problem.isEmpty() && stale == 0 && !added;
		}
	}

	private StudyStaleness() {
	}

	public static List<Study> between(Model before, Model after) {
		List<Study> studies = new ArrayList<>();
		for (org.spintex.dsl.spintex.Study study : StudySelection.studies(after)) {
			String device = ((Device) study.eContainer()).getName();
			org.spintex.dsl.spintex.Study previous = StudySelection.studies(before).stream()
					.filter(s -> s.getName().equals(study.getName()) && ((Device) s.eContainer()).getName().equals(device)).findFirst()
					.orElse(null);
			List<String> hashes;
			try {
				hashes = hashes(study);
			} catch (RuntimeException e) {
				studies.add(new Study(device, study.getName(), 0, 0, previous == null, "does not compile: " + e.getMessage()));
				continue;
			}
			if (previous == null) {
				studies.add(new Study(device, study.getName(), hashes.size(), hashes.size(), true, ""));
				continue;
			}
			Set<String> old;
			try {
				old = new HashSet<>(hashes(previous));
			} catch (RuntimeException e) {
				old = Set.of();
			}
			Set<String> known = old;
			int stale = (int) hashes.stream().filter(h -> !known.contains(h)).count();
			studies.add(new Study(device, study.getName(), hashes.size(), stale, false, ""));
		}
		return studies;
	}

	private static List<String> hashes(org.spintex.dsl.spintex.Study study) {
		List<CompiledPoint> points = new StudyCompiler().compile(study, List.of());
		return points.stream().map(p -> InputJson.hash(p.input())).toList();
	}
}
