package org.spintex.engine.texture.transport;

import static org.spintex.core.physics.PhysicalConstants.ELEMENTARY_CHARGE;
import static org.spintex.core.physics.PhysicalConstants.HBAR;

/**
 * The Hall effect of spin chirality in the adiabatic limit, seed 002 eqs. (77), (97), (98), with ħ and e
 * restored and the spins of unit length (the gauge field is that of the direction n):
 * ρ_xy = 2πħ P Φ_xy / (e² n V) = 2πħ P n_v / (e² n A) — the ordinary Hall resistivity 1/(ne) of the
 * emergent field n_v (h/e)/A, weighted by the polarisation P. The diagonal part vanishes in this limit.
 */
public final class TopologicalHallEffect {

	private TopologicalHallEffect() {
	}

	/**
	 * ρ_xy in Ω m.
	 *
	 * @param phiXYMetre Φ_xy of the texture(s) in the film
	 * @param volumeM3 V, the film's volume
	 */
	public static double resistivity(ElectronGas electrons, double phiXYMetre, double volumeM3) {
		return 2 * Math.PI * HBAR * electrons.polarization() * phiXYMetre
				/ (ELEMENTARY_CHARGE * ELEMENTARY_CHARGE * electrons.density() * volumeM3);
	}

	/** j⊥/j₀ = ρ_xy/ρ₀ of eq. (98): the part of the current the texture deflects sideways. */
	public static double hallCurrentRatio(ElectronGas electrons, double hallResistivityOhmMetre) {
		return hallResistivityOhmMetre / electrons.resistivity();
	}

	/**
	 * The force that this Hall effect exerts back on the texture, eq. (78): e N_e ρ_xy j (the second line of
	 * eq. (78) with the electron number of eq. (58)), in N, for a current density j in A/m².
	 */
	public static double backReactionForce(ElectronGas electrons, double hallResistivityOhmMetre, double volumeM3,
			double currentDensityAmperePerM2) {
		return ELEMENTARY_CHARGE * electrons.density() * volumeM3 * hallResistivityOhmMetre * currentDensityAmperePerM2;
	}
}
