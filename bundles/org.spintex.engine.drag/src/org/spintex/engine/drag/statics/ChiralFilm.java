package org.spintex.engine.drag.statics;

import org.spintex.input.AnisotropyKind;
import org.spintex.input.DmiKind;
import org.spintex.input.MagnetMaterialInput;

/**
 * A thin film of a chiral magnet as seed 000's energy functional writes it, eqs. (25)–(26):
 * U = ∫d²r (A ∂ᵢn·∂ᵢn − κ n_z²)/2 + D∫d²r (n_z ∇·n − n·∇n_z), with the paper's per-area constants A, κ and
 * D. Note that the −κ n_z² term with κ &gt; 0 is an easy-axis anisotropy: the ground state points along ±z
 * (the paper's text calls it easy-plane).
 *
 * <p>The material's constants are those of the micromagnetic energy density A_ex(∇m)² − K m_z² + D_ex(m_z ∇·m −
 * (m·∇)m_z), the same in every engine. Integrated over the film's thickness d and compared term by term with
 * eq. (25), whose exchange and anisotropy carry a factor ½ that its DMI does not, they give
 * <pre>A = 2 A_ex d,   κ = 2 K d,   D = D_ex d</pre>
 * (docs/physics/seed-000-topological-drag.md §1). With them the paper's bound π²D²/(4κA) = 1 is the critical
 * DMI D_c = 4√(A_ex K)/π of the micromagnetic film, where the domain-wall energy 4√(A_ex K) − πD_ex vanishes.
 *
 * @param exchangeJoule A of eq. (25), in J
 * @param anisotropyJPerM2 κ of eq. (25), in J/m²
 * @param dmiJPerM D of eq. (26), in J/m; D &gt; 0 as in the paper (the sign only selects the chirality)
 */
public record ChiralFilm(double exchangeJoule, double anisotropyJPerM2, double dmiJPerM) {

	public ChiralFilm {
		if (!(exchangeJoule > 0 && dmiJPerM > 0 && anisotropyJPerM2 > 0)) {
			throw new IllegalArgumentException("A, κ and D of seed 000 eq. (25) must be positive, got A = " + exchangeJoule
					+ " J, κ = " + anisotropyJPerM2 + " J/m², D = " + dmiJPerM + " J/m");
		}
	}

	/**
	 * The film of eq. (25) for a material of exchange stiffness A_ex, interfacial DMI D_ex and easy-axis anisotropy
	 * K, of thickness d: A = 2A_ex d, κ = 2Kd, D = |D_ex| d.
	 */
	public static ChiralFilm ofMaterial(double exchangeStiffnessJPerM, double dmiJPerM2, double anisotropyJPerM3,
			double thicknessMetre) {
		if (!(exchangeStiffnessJPerM > 0 && dmiJPerM2 != 0 && anisotropyJPerM3 > 0 && thicknessMetre > 0)) {
			throw new IllegalArgumentException("seed 000's skyrmions need A > 0, D ≠ 0 and an easy-axis anisotropy K > 0 in a "
					+ "film of positive thickness, got A = " + exchangeStiffnessJPerM + " J/m, D = " + dmiJPerM2 + " J/m², K = "
					+ anisotropyJPerM3 + " J/m³, d = " + thicknessMetre + " m");
		}
		// the sign of D only selects the Néel handedness; the favoured skyrmion's energy depends on |D|
		return new ChiralFilm(2 * exchangeStiffnessJPerM * thicknessMetre, 2 * anisotropyJPerM3 * thicknessMetre,
				Math.abs(dmiJPerM2) * thicknessMetre);
	}

	/**
	 * The film of a drag study's material, {@code thicknessMetre} thick: its exchange, its interfacial DMI and the
	 * K of its uniaxial anisotropy, the terms of eq. (25).
	 *
	 * @throws IllegalArgumentException when the material has no interfacial DMI or no uniaxial anisotropy
	 */
	public static ChiralFilm of(MagnetMaterialInput material, double thicknessMetre) {
		if (material.dmiClass() != DmiKind.INTERFACIAL) {
			throw new IllegalArgumentException("seed 000's film needs an interfacial DMI, the material has " + material.dmiClass().word());
		}
		double k = material.anisotropy(AnisotropyKind.UNIAXIAL)
				.orElseThrow(() -> new IllegalArgumentException("seed 000's film needs a uniaxial (easy-axis) anisotropy"))
				.kJPerM3();
		return ofMaterial(material.exchangeJPerM(), material.dmiJPerM2(), k, thicknessMetre);
	}

	/** λ_κ = √(A/κ), the anisotropy length (seed 000, after eq. (27)); √(A_ex/K) of the material. */
	public double anisotropyLengthMetre() {
		return Math.sqrt(exchangeJoule / anisotropyJPerM2);
	}

	/** λ_D = A/D, the DMI length (seed 000, after eq. (27)); 2A_ex/D_ex of the material. */
	public double dmiLengthMetre() {
		return exchangeJoule / dmiJPerM;
	}

	/**
	 * π²D²/(4κA), seed 000's stability parameter; it equals (D_ex/D_c)² with D_c = 4√(A_ex K)/π. Below 1 the
	 * uniform state is stable and hosts isolated skyrmions; at 1 the domain-wall energy vanishes and the uniform
	 * state gives way to spirals (the hard-cutoff ansatz alone would only see E0 &lt; 0 from C ≈ 1.54 on, eq. (31)).
	 */
	public double stabilityParameter() {
		return Math.PI * Math.PI * dmiJPerM * dmiJPerM / (4 * anisotropyJPerM2 * exchangeJoule);
	}
}
