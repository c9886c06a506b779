package org.spintex.input;

import org.spintex.core.math.Vector3;

/**
 * A current that exerts a torque on the film, as a contact defines it: a spin-polarised current
 * flowing through the film (Zhang–Li, when P ≠ 0) and/or a charge current in a heavy metal under it
 * (spin-orbit, when θ_SH ≠ 0). The current density is on from {@code startSeconds} for
 * {@code durationSeconds} (infinite: always; a pulse drive sets both).
 *
 * <p>With {@code alongEdge} the current flows in the metal along the contact's edge instead, and its
 * spin-transfer torque acts on the interface only (seed 000 eqs. (4) and (10)): a surface torque
 * (ħ/2e)P(J_L·∇)n with the line density J_L = I/d, carried by the column of cells at the edge as the
 * volume current density J_L/Δ, Δ the cell size normal to the edge.
 *
 * @param currentDensity J in A/m², the direction in which the current flows (into the film, or along the edge)
 * @param zhangLiConvention how u is defined from J: mumax (divided by 1 + β²) or ubermag
 * @param fieldLikeRatio B_FL / B_DL of the spin-orbit torque
 * @param edge the contact's edge: west, east, south or north
 * @param alongEdge whether the current flows along the edge (interface torque) rather than across the film
 */
public record CurrentInput(String contact, Vector3 currentDensity, double polarization, double beta,
		ZhangLiConvention zhangLiConvention, double spinHallAngle, double fieldLikeRatio, double startSeconds,
		double durationSeconds, FilmEdge edge, boolean alongEdge) {

	/** MuMax3's definition, also µMAG standard problem 5's. */
	public static final ZhangLiConvention DEFAULT_ZHANG_LI = ZhangLiConvention.MUMAX;

	public CurrentInput {
		Checks.finite("polarization", polarization);
		Checks.nonNegative("beta", beta);
		Checks.finite("spin Hall angle", spinHallAngle);
		if (zhangLiConvention == null || edge == null) {
			throw new IllegalArgumentException("a current needs its Zhang–Li convention and its contact's edge");
		}
	}

	/** The on/off factor of the current at time t. */
	public double envelope(double timeSecond) {
		return timeSecond >= startSeconds && timeSecond < startSeconds + durationSeconds ? 1 : 0;
	}
}
