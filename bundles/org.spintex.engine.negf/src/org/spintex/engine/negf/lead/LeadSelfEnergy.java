package org.spintex.engine.negf.lead;

/**
 * The retarded self-energy Σ(z) that a semi-infinite lead adds to the site it is attached to, for one
 * spin channel, continued analytically into the upper half-plane (Im z ≥ 0; on the real axis the
 * retarded limit z = E + i0). The leads carry no exchange, so both channels see the same function; in
 * the rotating frame each is evaluated at its own shifted energy (seed 004, four half-metallic leads).
 */
public interface LeadSelfEnergy {

	/** Σ(z) = out[0] + i·out[1]. */
	void at(double zRe, double zIm, double[] out);

	/** dΣ/dz = out[0] + i·out[1]: the Fermi-sea term of seed 004 eq. (3c) needs it. */
	void derivativeAt(double zRe, double zIm, double[] out);

	/** Energies where Σ is not smooth on the real axis (band edges). */
	double[] bandEdges();

	/**
	 * Whether Σ is Hermitian (real) on the real axis below the band: then G is Hermitian there and the
	 * Fermi sea below the spectrum contributes nothing (the wide-band limit is not).
	 */
	boolean realBelowBand();

	/** Σ at the lowest energies, −i·out: its constant imaginary part, for the tail of the Fermi sea (0 for band leads). */
	double broadeningAtMinusInfinity();
}
