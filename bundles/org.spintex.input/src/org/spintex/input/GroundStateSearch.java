package org.spintex.input;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a study brings its initial state to equilibrium before t = 0: the method, the largest torque |m × B| at which it
 * may stop, and how many iterations (minimize) or integration steps (relax) it may take before it gives up — an
 * unconverged search is reported, not hidden.
 *
 * @param torqueToleranceTesla stop when max |m × B| falls below this, in tesla
 * @param maxIterations give up after this many iterations or steps
 */
public record GroundStateSearch(Method method, double torqueToleranceTesla, long maxIterations) {

	/** 1e-6 T, MuMax3's and OOMMF's usual stopping torque. */
	public static final double DEFAULT_TORQUE_TOLERANCE_TESLA = 1e-6;
	/** Enough for every standard problem by a wide margin (SP4 minimises in about 3,000). */
	public static final long DEFAULT_MAX_ITERATIONS = 1_000_000;

	/** The methods, by the word the language gives them. */
	public enum Method {
		/** Start the dynamics from the initial state as it is. */
		NONE("none"),
		/** The damping-only flow, integrated adaptively. */
		RELAX("relax"),
		/** Steepest descent of the energy with Barzilai–Borwein steps. */
		MINIMIZE("minimize");

		private final String word;

		Method(String word) {
			this.word = word;
		}

		public String word() {
			return word;
		}

		public static Method of(String word) {
			return Arrays.stream(values()).filter(m -> m.word.equals(word)).findFirst()
					.orElseThrow(() -> new IllegalArgumentException("unknown ground state '" + word + "'; one of "
							+ Arrays.stream(values()).map(Method::word).collect(Collectors.joining(", "))));
		}
	}

	public GroundStateSearch {
		if (method == null) {
			throw new IllegalArgumentException("a ground-state search needs a method");
		}
		Checks.positive("torque tolerance", torqueToleranceTesla);
		if (maxIterations < 1) {
			throw new IllegalArgumentException("a ground-state search needs at least 1 iteration, got " + maxIterations);
		}
	}

	/** No search: the dynamics starts from the initial state. */
	public static GroundStateSearch none() {
		return new GroundStateSearch(Method.NONE, DEFAULT_TORQUE_TOLERANCE_TESLA, DEFAULT_MAX_ITERATIONS);
	}

	/** The method with the default tolerance and iteration cap. */
	public static GroundStateSearch of(Method method) {
		return new GroundStateSearch(method, DEFAULT_TORQUE_TOLERANCE_TESLA, DEFAULT_MAX_ITERATIONS);
	}
}
