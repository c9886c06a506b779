package org.spintex.input;

/**
 * The exchange across the boundary of two regions of one film: the bonds between their cells take {@code exchangeScale}
 * times the harmonic mean of the two sides' A, in place of the factors the regions carry themselves (MuMax3's scaled
 * inter-region exchange).
 *
 * @param first a region of the film, or the film's own name for its cells in no region (its grains, if it has them)
 * @param second the other side, named the same way
 * @param exchangeScale the factor on the bonds (0 cuts them)
 */
public record RegionCouplingInput(String first, String second, double exchangeScale) {

	public RegionCouplingInput {
		Checks.nonNegative("exchange scale", exchangeScale);
		if (first == null || second == null || first.equals(second)) {
			throw new IllegalArgumentException("a coupling of regions joins two different regions, got " + first + " and " + second);
		}
	}

	/** Whether this coupling joins the regions named {@code a} and {@code b}, in either order. */
	public boolean joins(String a, String b) {
		return first.equals(a) && second.equals(b) || first.equals(b) && second.equals(a);
	}
}
