package org.spintex.engine.drag.transport;

/**
 * The film between two metal contacts of seed 000 sec. IV, reduced to one dimension along the
 * current (translation invariance along y): skyrmion charge diffuses in the bulk and is nucleated
 * and annihilated at the contacts (eqs. (21)–(24), (35)–(36)).
 *
 * @param lengthMetre L, the distance between the contacts
 * @param diffusionM2PerS D of eq. (20)
 * @param equilibriumDensityPerM2 ρ0 = γ/γ̄ of eq. (22), the same at both contacts
 * @param leftAnnihilationMPerS γ̄_L, the annihilation rate per density at the left contact (a velocity)
 * @param rightAnnihilationMPerS γ̄_R
 */
public record TwoTerminalChannel(double lengthMetre, double diffusionM2PerS, double equilibriumDensityPerM2,
		double leftAnnihilationMPerS, double rightAnnihilationMPerS) {

	public TwoTerminalChannel {
		if (!(lengthMetre > 0 && diffusionM2PerS > 0 && equilibriumDensityPerM2 >= 0 && leftAnnihilationMPerS > 0
				&& rightAnnihilationMPerS > 0)) {
			throw new IllegalArgumentException("L, D, γ̄_L and γ̄_R must be positive and ρ0 non-negative");
		}
	}

	/**
	 * The steady skyrmion current of eq. (37), ρ0 x / (L/D + 1/γ̄_L + 1/γ̄_R), in 1/(m s), for the
	 * pumping factor x = 2πPħI_L/(e k_B T) of eq. (35). The closed form of what
	 * {@link SkyrmionChargeDiffusion} computes.
	 */
	public double steadyCurrentClosedForm(double pumpingFactor) {
		return equilibriumDensityPerM2 * pumpingFactor
				/ (lengthMetre / diffusionM2PerS + 1 / leftAnnihilationMPerS + 1 / rightAnnihilationMPerS);
	}
}
