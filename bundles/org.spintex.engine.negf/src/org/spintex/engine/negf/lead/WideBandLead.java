package org.spintex.engine.negf.lead;

/**
 * The wide-band limit of a lead: an energy-independent Σ = −iΓ/2, Γ = i(Σ − Σ†) the broadening it
 * gives the site it is attached to. With Γ = 2γ_c²/γ it is the tight-binding lead at the band centre.
 */
public final class WideBandLead implements LeadSelfEnergy {

	private final double broadening;

	public WideBandLead(double broadening) {
		this.broadening = broadening;
	}

	@Override
	public void at(double energy, double[] out) {
		out[0] = 0;
		out[1] = -broadening / 2;
	}

	@Override
	public void atComplex(double energyRe, double energyIm, double[] out) {
		at(energyRe, out);
	}

	@Override
	public void derivativeAt(double energy, double[] out) {
		out[0] = 0;
		out[1] = 0;
	}

	@Override
	public double[] breakPoints() {
		return new double[0];
	}
}
