package org.spintex.input;

/**
 * The bulk constants of an easy-plane magnet in the spin-superfluid description of seed 001, in SI.
 *
 * @param exchangeJPerM the micromagnetic exchange stiffness A_ex of the energy density A_ex(∇m)²; seed 001's
 *        stiffness of eq. (3), written A(∂φ)²/2, is 2 A_ex
 * @param easyPlaneAnisotropyJPerM3 K of the energy density K (m·n)², n the hard axis; it sets the Landau limit
 *        √(K/A_ex) of the winding density
 * @param spinDensityJsPerM3 s, the saturation spin density (Ms/γ for a ferromagnet) that normalises Gilbert damping
 * @param spinSusceptibilityJs2PerM3 χ of eq. (3): the spin density along the hard axis per precession rate
 *        (s²/2K for an easy-plane ferromagnet)
 */
public record EasyPlaneMagnetInput(double exchangeJPerM, double easyPlaneAnisotropyJPerM3, double spinDensityJsPerM3,
		double spinSusceptibilityJs2PerM3, double alpha) {

	public EasyPlaneMagnetInput {
		Checks.positive("exchange stiffness", exchangeJPerM);
		Checks.nonNegative("easy-plane anisotropy", easyPlaneAnisotropyJPerM3);
		Checks.positive("spin density", spinDensityJsPerM3);
		if (!(spinSusceptibilityJs2PerM3 > 0)) {
			throw new IllegalArgumentException("the spin susceptibility must be positive (an easy-plane anisotropy K > 0 "
					+ "or a susceptibility gives it), got " + spinSusceptibilityJs2PerM3);
		}
		Checks.nonNegative("damping", alpha);
	}
}
