package org.spintex.runner.study;

import java.util.List;
import java.util.Map;

import org.spintex.core.results.SweepChart;

/** How one point of a study ended: its status, scalars and words, whether it was kept from before, its sweep charts. */
record PointOutcome(String status, Map<String, PointRecorder.Scalar> scalars, Map<String, String> words, boolean reused,
		List<SweepChart> sweepCharts) {
}
