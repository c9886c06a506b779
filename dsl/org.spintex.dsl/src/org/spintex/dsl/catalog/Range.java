package org.spintex.dsl.catalog;

/**
 * The values a property may take, in SI units: an interval whose ends are open or closed, and
 * whether only whole numbers are allowed (site counts, seeds).
 */
public record Range(double min, boolean minIncluded, double max, boolean maxIncluded, boolean integer) {

	public static final Range ANY = new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false, false);
	public static final Range POSITIVE = new Range(0, false, Double.POSITIVE_INFINITY, false, false);
	public static final Range NON_NEGATIVE = new Range(0, true, Double.POSITIVE_INFINITY, false, false);
	/** Efficiencies such as a spin polarisation P or a spin Hall angle: |x| ≤ 1. */
	public static final Range UNIT_MAGNITUDE = new Range(-1, true, 1, true, false);
	public static final Range COUNT = new Range(1, true, Double.POSITIVE_INFINITY, false, true);
	/** A whole number ≥ 0: a count that may be none. */
	public static final Range NON_NEGATIVE_COUNT = new Range(0, true, Double.POSITIVE_INFINITY, false, true);
	public static final Range SEED = NON_NEGATIVE_COUNT;
	/** A sign: −1 or +1 (topological charge of a skyrmion, vortex circulation and polarity). */
	public static final Range SIGN = new Range(-1, true, 1, true, true);

	/** A whole number from 1 to {@code max}: a count whose memory grows with it. */
	public static Range countUpTo(double max) {
		return new Range(1, true, max, true, true);
	}

	public boolean contains(double value) {
		boolean aboveMin = minIncluded ? value >= min : value > min;
		boolean belowMax = maxIncluded ? value <= max : value < max;
		return aboveMin && belowMax && (!integer || value == Math.rint(value)) && (this != SIGN || value != 0);
	}

	/** "> 0", "≥ 0", "between -1 and 1", "a whole number ≥ 1", "-1 or +1"; empty for ANY. */
	public String describe() {
		if (this.equals(SIGN)) {
			return "-1 or +1";
		}
		String prefix = integer ? "a whole number " : "";
		boolean lower = min != Double.NEGATIVE_INFINITY;
		boolean upper = max != Double.POSITIVE_INFINITY;
		if (lower && upper) {
			return prefix + "between " + format(min) + " and " + format(max);
		}
		if (lower) {
			return prefix + (minIncluded ? "≥ " : "> ") + format(min);
		}
		if (upper) {
			return prefix + (maxIncluded ? "≤ " : "< ") + format(max);
		}
		return prefix.strip();
	}

	private static String format(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}
}
