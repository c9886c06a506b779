package org.spintex.input;

/** Argument checks of the input records: an engine never starts on a non-physical value. */
final class Checks {

	private Checks() {
	}

	static void positive(String what, double value) {
		if (!(value > 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(what + " must be positive and finite, got " + value);
		}
	}

	static void nonNegative(String what, double value) {
		if (!(value >= 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(what + " must be ≥ 0 and finite, got " + value);
		}
	}

	static void finite(String what, double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException(what + " must be finite, got " + value);
		}
	}
}
