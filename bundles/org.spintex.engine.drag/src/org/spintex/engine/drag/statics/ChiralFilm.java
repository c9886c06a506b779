package org.spintex.engine.drag.statics;

/**
 * A thin film of a chiral magnet with interfacial (Cnv) DMI and easy-axis anisotropy, as in the
 * energy functional of seed 000 eq. (25)–(26). Constants are the bulk (3D) ones; the paper's 2D
 * constants are these times the thickness. Note that eq. (25)'s term −κ n_z² with κ &gt; 0 is an
 * easy-axis anisotropy: the ground state points along ±z (the paper's text calls it easy-plane).
 *
 * @param exchangeStiffnessJPerM A
 * @param dmiJPerM2 D &gt; 0 (the sign selects the chirality; D &gt; 0 as in the paper)
 * @param anisotropyJPerM3 κ &gt; 0
 * @param thicknessMetre d
 */
public record ChiralFilm(double exchangeStiffnessJPerM, double dmiJPerM2, double anisotropyJPerM3, double thicknessMetre) {

	public ChiralFilm {
		if (!(exchangeStiffnessJPerM > 0 && dmiJPerM2 > 0 && anisotropyJPerM3 > 0 && thicknessMetre > 0)) {
			throw new IllegalArgumentException("A, D, κ and the thickness must be positive, got A = " + exchangeStiffnessJPerM
					+ " J/m, D = " + dmiJPerM2 + " J/m², κ = " + anisotropyJPerM3 + " J/m³, d = " + thicknessMetre + " m");
		}
	}

	/** λ_κ = √(A/κ), the anisotropy length (seed 000, after eq. (27)). */
	public double anisotropyLengthMetre() {
		return Math.sqrt(exchangeStiffnessJPerM / anisotropyJPerM3);
	}

	/** λ_D = A/D, the DMI length (seed 000, after eq. (27)). */
	public double dmiLengthMetre() {
		return exchangeStiffnessJPerM / dmiJPerM2;
	}

	/**
	 * π²D²/(4κA): isolated skyrmions are metastable on the uniform state while this stays below
	 * the exchange constant C ≈ 1.54 of the hard-cutoff ansatz (eq. (31): E0 &gt; 0); seed 000 asks for
	 * it to be ≲ 1.
	 */
	public double stabilityParameter() {
		return Math.PI * Math.PI * dmiJPerM2 * dmiJPerM2 / (4 * anisotropyJPerM3 * exchangeStiffnessJPerM);
	}
}
