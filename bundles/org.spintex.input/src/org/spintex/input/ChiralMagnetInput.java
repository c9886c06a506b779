package org.spintex.input;

/**
 * A chiral magnetic film as seed 000 models it: exchange, interfacial DMI, easy-axis anisotropy
 * (eq. (25)–(26)), the spin density and damping of its dynamics (eq. (17)–(18)), and its size.
 *
 * @param dmiJPerM2 D in the mumax convention: interfacial energy density D[m_z ∇·m − (m·∇)m_z]
 * @param spinDensityJsPerM3 s per volume (Ms/γ unless the material gives it)
 * @param lengthMetre distance between the west and the east edge, where the contacts sit
 * @param widthMetre length of the west and east edges
 */
public record ChiralMagnetInput(String material, double exchangeJPerM, double dmiJPerM2, double anisotropyJPerM3,
		double spinDensityJsPerM3, double gilbertDamping, double thicknessMetre, double lengthMetre,
		double widthMetre) {

	public ChiralMagnetInput {
		Checks.positive("exchange", exchangeJPerM);
		Checks.finite("dmi", dmiJPerM2);
		Checks.finite("anisotropy", anisotropyJPerM3);
		Checks.positive("spin density", spinDensityJsPerM3);
		Checks.nonNegative("damping", gilbertDamping);
		Checks.positive("thickness", thicknessMetre);
		Checks.positive("length", lengthMetre);
		Checks.positive("width", widthMetre);
	}
}
