package org.spintex.input;

import java.util.List;

/**
 * A magnetic material in SI for the micromagnetic engine.
 *
 * @param dmiClass the DMI's symmetry
 * @param dmiJPerM2 D in the MuMax3 sign convention, E = D[m_z ∇·m − (m·∇)m_z] for the interfacial class
 */
public record MagnetMaterialInput(double msAmperePerMetre, double exchangeJPerM, double alpha,
		double gammaRadPerSecondTesla, List<AnisotropyInput> anisotropies, DmiKind dmiClass, double dmiJPerM2) {

	public MagnetMaterialInput {
		Checks.positive("saturation magnetization", msAmperePerMetre);
		Checks.nonNegative("exchange stiffness", exchangeJPerM);
		Checks.nonNegative("damping", alpha);
		Checks.positive("gyromagnetic ratio", gammaRadPerSecondTesla);
		Checks.finite("DMI constant", dmiJPerM2);
		anisotropies = List.copyOf(anisotropies);
	}
}
