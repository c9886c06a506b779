package org.spintex.engine.negf.lead;

/**
 * The retarded self-energy Σ(E) that a semi-infinite lead adds to the site it is attached to, for one
 * spin channel (the leads carry no exchange, so both channels see the same function of energy). In
 * the rotating frame each channel is evaluated at its own shifted energy (seed 004, four leads).
 */
public interface LeadSelfEnergy {

	/** Σ(E) = re + i·im at real energy E (units of the hopping), into {@code out[0..1]}. */
	void at(double energy, double[] out);

	/** dΣ/dE at real energy E, into {@code out[0..1]}: the Fermi-sea term of seed 004 eq. (3c) needs it. */
	void derivativeAt(double energy, double[] out);

	/** Energies where Σ is not smooth (band edges); the quadrature cuts there. */
	double[] breakPoints();

	/** Σ at E with a complex energy shift: only needed by analytic continuation of the equilibrium part. */
	void atComplex(double energyRe, double energyIm, double[] out);
}
