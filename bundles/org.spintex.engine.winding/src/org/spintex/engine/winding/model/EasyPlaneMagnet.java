package org.spintex.engine.winding.model;

import org.spintex.core.physics.PhysicalConstants;
import org.spintex.input.AnisotropyKind;
import org.spintex.input.MagnetMaterialInput;

/**
 * The bulk constants of an easy-plane magnet in the spin-superfluid description of seed 001, in SI, from the material
 * every engine reads.
 *
 * @param exchangeJPerM the micromagnetic exchange stiffness A_ex of the energy density A_ex(∇m)²; seed 001's
 *        stiffness of eq. (3), written A(∂φ)²/2, is 2 A_ex
 * @param easyPlaneAnisotropyJPerM3 K of the energy density K (m·n)², n the hard axis; it sets the Landau limit
 *        √(K/A_ex) of the winding density
 * @param spinDensityJsPerM3 s = Ms/γ, the saturation spin density that normalises Gilbert damping
 * @param spinSusceptibilityJs2PerM3 χ of eq. (3): the spin density along the hard axis per precession rate, χ_m/(µ0γ²)
 *        from the material's susceptibility χ_m, or s²/2K for an easy-plane ferromagnet
 */
public record EasyPlaneMagnet(double exchangeJPerM, double easyPlaneAnisotropyJPerM3, double spinDensityJsPerM3,
		double spinSusceptibilityJs2PerM3, double alpha) {

	public EasyPlaneMagnet {
		if (!(exchangeJPerM > 0 && easyPlaneAnisotropyJPerM3 >= 0 && spinDensityJsPerM3 > 0 && alpha >= 0)) {
			throw new IllegalArgumentException("an easy-plane magnet needs A > 0, K ≥ 0, s > 0 and α ≥ 0");
		}
		if (!(spinSusceptibilityJs2PerM3 > 0 && Double.isFinite(spinSusceptibilityJs2PerM3))) {
			throw new IllegalArgumentException("the spin susceptibility must be positive (an easy-plane anisotropy K > 0 "
					+ "or a susceptibility gives it), got " + spinSusceptibilityJs2PerM3);
		}
	}

	/** The magnet of {@code material}: its first easy-plane anisotropy (none: K = 0), s and χ as above. */
	public static EasyPlaneMagnet of(MagnetMaterialInput material) {
		double k = material.anisotropy(AnisotropyKind.EASY_PLANE).map(a -> Math.abs(a.kJPerM3())).orElse(0.0);
		double s = material.spinDensityJsPerM3(), gamma = material.gammaRadPerSecondTesla();
		double chi = material.susceptibility().isPresent()
				? material.susceptibility().getAsDouble() / (PhysicalConstants.MU0 * gamma * gamma)
				: s * s / (2 * k);
		return new EasyPlaneMagnet(material.exchangeJPerM(), k, s, chi, material.alpha());
	}
}
