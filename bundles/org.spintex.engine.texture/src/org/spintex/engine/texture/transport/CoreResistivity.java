package org.spintex.engine.texture.transport;

import static org.spintex.core.physics.PhysicalConstants.ELECTRON_MASS;
import static org.spintex.core.physics.PhysicalConstants.ELEMENTARY_CHARGE;
import static org.spintex.core.physics.PhysicalConstants.HBAR;

/**
 * The resistivity of a texture's core by electron reflection, seed 002 eq. (94) with ħ restored:
 * ρ_v ≃ (π²/2)(ħ/e²)(mΔ/ħ²)² k_F λ² / (n² A) · exp(−2ζ²k_F²λ²), dominated by wavevectors below the Fermi
 * surface splitting 2k_Fζ; it is exponentially small once the core λ is wide on the scale 1/(k_Fζ), the
 * adiabatic limit. It sets the reflection force of eq. (58).
 */
public final class CoreResistivity {

	private CoreResistivity() {
	}

	/**
	 * @param coreRadiusMetre λ_v of eq. (92)
	 * @param areaM2 A, the film's area
	 */
	public static double of(ElectronGas electrons, double coreRadiusMetre, double areaM2) {
		double kf = electrons.input().fermiWavevectorPerMetre();
		double zeta = electrons.input().spinSplitting();
		double n = electrons.density();
		double mDelta = ELECTRON_MASS * electrons.exchangeSplitting() / (HBAR * HBAR);
		double lambda2 = coreRadiusMetre * coreRadiusMetre;
		return Math.PI * Math.PI / 2 * HBAR / (ELEMENTARY_CHARGE * ELEMENTARY_CHARGE) * mDelta * mDelta * kf * lambda2
				/ (n * n * areaM2) * Math.exp(-2 * zeta * zeta * kf * kf * lambda2);
	}
}
