package org.spintex.input;

import org.spintex.core.math.Vector3;

/**
 * A current that exerts a torque on the film, as a contact defines it: a spin-polarised current
 * flowing through the film (Zhang–Li, when P ≠ 0) and/or a charge current in a heavy metal under it
 * (spin-orbit, when θ_SH ≠ 0). The current density is on from {@code startSeconds} for
 * {@code durationSeconds} (infinite: always; a pulse drive sets both).
 *
 * @param currentDensity J in A/m², the direction in which the current flows into the film
 * @param zhangLiConvention mumax (u divided by 1 + β²) or ubermag
 * @param fieldLikeRatio B_FL / B_DL of the spin-orbit torque
 */
public record CurrentInput(String contact, Vector3 currentDensity, double polarization, double beta,
		String zhangLiConvention, double spinHallAngle, double fieldLikeRatio, double startSeconds,
		double durationSeconds) {

	public CurrentInput {
		Checks.finite("polarization", polarization);
		Checks.nonNegative("beta", beta);
		Checks.finite("spin Hall angle", spinHallAngle);
		if (!zhangLiConvention.equals("mumax") && !zhangLiConvention.equals("ubermag")) {
			throw new IllegalArgumentException("unknown Zhang-Li convention '" + zhangLiConvention + "'");
		}
	}

	/** The on/off factor of the current at time t. */
	public double envelope(double timeSecond) {
		return timeSecond >= startSeconds && timeSecond < startSeconds + durationSeconds ? 1 : 0;
	}
}
