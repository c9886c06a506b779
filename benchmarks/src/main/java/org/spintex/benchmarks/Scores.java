package org.spintex.benchmarks;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;

/** The scores of a JMH run by "method param=value …", e.g. "triad threads=1". */
final class Scores {

	private Scores() {
	}

	static Map<String, Double> byKey(Collection<RunResult> results) {
		Map<String, Double> scores = new HashMap<>();
		for (RunResult r : results) {
			String key = r.getParams().getBenchmark().replaceAll(".*\\.", "") + r.getParams().getParamsKeys().stream()
					.map(k -> " " + k + "=" + r.getParams().getParam(k)).reduce("", String::concat);
			scores.put(key, r.getPrimaryResult().getScore());
		}
		return scores;
	}
}
