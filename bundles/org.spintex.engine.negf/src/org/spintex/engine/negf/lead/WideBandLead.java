package org.spintex.engine.negf.lead;

/**
 * The wide-band limit of a lead: an energy-independent Σ = −iΓ/2, Γ = i(Σ − Σ†) the broadening it
 * gives the site it is attached to. With Γ = 2γ_c²/γ it is the tight-binding lead at the band centre.
 * Two such leads on one site make seed 004's Σ = −iΓI of eq. (5).
 */
public final class WideBandLead implements LeadSelfEnergy {

	private final double broadening;

	public WideBandLead(double broadening) {
		this.broadening = broadening;
	}

	@Override
	public void at(double zRe, double zIm, double[] out) {
		out[0] = 0;
		out[1] = -broadening / 2;
	}

	@Override
	public void derivativeAt(double zRe, double zIm, double[] out) {
		out[0] = 0;
		out[1] = 0;
	}

	@Override
	public double[] bandEdges() {
		return new double[0];
	}

	@Override
	public boolean realBelowBand() {
		return false;
	}

	@Override
	public double broadeningAtMinusInfinity() {
		return broadening;
	}
}
