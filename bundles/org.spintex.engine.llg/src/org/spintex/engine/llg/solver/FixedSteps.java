package org.spintex.engine.llg.solver;

import java.util.Locale;

/** What the fixed-step integrators share: the refusal of a step above their stability limit. */
final class FixedSteps {

	private FixedSteps() {
	}

	static void requireStable(String method, double[] polynomial, double stepSecond, LlgEquation equation,
			double durationSecond) {
		StepStability.Limit limit = StepStability.of(equation, polynomial, stepSecond, durationSecond);
		if (stepSecond > limit.stepSecond()) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
					"time-step %s exceeds %s's stability limit of %s for these cells and terms: the fastest precession is "
							+ "γB = %.3g rad/s (%s; α = %.3g); choose a time-step of at most %s, or integrator rk45",
					picoseconds(stepSecond), method, picoseconds(limit.stepSecond()), limit.fastestRadPerSecond(),
					limit.breakdown(), limit.alpha(), picoseconds(limit.stepSecond())));
		}
	}

	private static String picoseconds(double seconds) {
		return String.format(Locale.ROOT, "%.3g ps", seconds * 1e12);
	}
}
