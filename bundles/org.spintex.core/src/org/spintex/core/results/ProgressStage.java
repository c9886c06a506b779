package org.spintex.core.results;

/**
 * One stage of a run as its engine expects it, for progress bars: the name it will report progress
 * under ({@link RunControl#progress}) and its expected cost relative to the other stages of the same
 * run, in any unit the engine likes (field evaluations, simulated time), as long as it is one unit for
 * all of them.
 */
public record ProgressStage(String name, double expectedCost) {

	public ProgressStage {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a progress stage needs a name");
		}
		if (!(expectedCost > 0) || Double.isInfinite(expectedCost)) {
			throw new IllegalArgumentException("the expected cost of stage '" + name + "' must be positive and finite, not "
					+ expectedCost);
		}
	}
}
