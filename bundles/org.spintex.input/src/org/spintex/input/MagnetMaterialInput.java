package org.spintex.input;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A magnetic material in SI, the same record for every engine: the micromagnetic, macrospin and texture engines read
 * Ms and γ, the drag and winding engines the spin density s = Ms/γ, and each takes the terms its model has (the drag
 * engine the interfacial DMI and the easy axis, the winding engine the easy plane).
 *
 * @param dmiClass the DMI's symmetry
 * @param dmiJPerM2 D in the MuMax3 sign convention, E = D[m_z ∇·m − (m·∇)m_z] for the interfacial class
 * @param susceptibility the SI magnetic susceptibility along an easy-plane magnet's hard axis, when the material gives
 *        it (seed 001 eq. (3))
 */
public record MagnetMaterialInput(double msAmperePerMetre, double exchangeJPerM, double alpha,
		double gammaRadPerSecondTesla, List<AnisotropyInput> anisotropies, DmiKind dmiClass, double dmiJPerM2,
		OptionalDouble susceptibility) {

	/** A material without a given susceptibility. */
	public MagnetMaterialInput(double msAmperePerMetre, double exchangeJPerM, double alpha, double gammaRadPerSecondTesla,
			List<AnisotropyInput> anisotropies, DmiKind dmiClass, double dmiJPerM2) {
		this(msAmperePerMetre, exchangeJPerM, alpha, gammaRadPerSecondTesla, anisotropies, dmiClass, dmiJPerM2,
				OptionalDouble.empty());
	}

	public MagnetMaterialInput {
		Checks.positive("saturation magnetization", msAmperePerMetre);
		Checks.nonNegative("exchange stiffness", exchangeJPerM);
		Checks.nonNegative("damping", alpha);
		Checks.positive("gyromagnetic ratio", gammaRadPerSecondTesla);
		Checks.finite("DMI constant", dmiJPerM2);
		anisotropies = List.copyOf(anisotropies);
		susceptibility.ifPresent(chi -> Checks.positive("susceptibility", chi));
	}

	/** s = Ms/γ, the spin angular momentum per volume (seed 000 eq. (17)). */
	public double spinDensityJsPerM3() {
		return msAmperePerMetre / gammaRadPerSecondTesla;
	}

	/** K of the material's first anisotropy of {@code kind}, if it has one. */
	public java.util.Optional<AnisotropyInput> anisotropy(AnisotropyKind kind) {
		return anisotropies.stream().filter(a -> a.kind() == kind).findFirst();
	}
}
