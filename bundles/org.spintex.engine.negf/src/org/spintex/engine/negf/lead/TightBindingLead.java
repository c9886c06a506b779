package org.spintex.engine.negf.lead;

/**
 * A semi-infinite tight-binding chain with hopping γ coupled by γ_c to the end site of the device:
 * Σ(E) = γ_c² g_s(E), with the surface Green function g_s(z) = (z − √(z² − 4γ²))/(2γ²) on the branch
 * that decays into the lead, |γ g_s| ≤ 1: inside the band |E| < 2γ, g_s = (E − i√(4γ² − E²))/(2γ²)
 * (retarded, Im g_s < 0); outside it g_s is real and Σ has no imaginary part (no states to leak into).
 */
public final class TightBindingLead implements LeadSelfEnergy {

	private final double hopping;
	private final double coupling;

	public TightBindingLead(double hopping, double coupling) {
		this.hopping = hopping;
		this.coupling = coupling;
	}

	@Override
	public void at(double energy, double[] out) {
		atComplex(energy, 0, out);
	}

	@Override
	public void atComplex(double energyRe, double energyIm, double[] out) {
		// w = √(z² − 4γ²) with the branch chosen so that |z − w| ≤ 2γ (the decaying solution)
		double zr = energyRe, zi = energyIm, g2 = hopping * hopping;
		double ar = zr * zr - zi * zi - 4 * g2, ai = 2 * zr * zi;
		double modulus = Math.hypot(ar, ai);
		double wr = Math.sqrt(0.5 * (modulus + ar)), wi = Math.copySign(Math.sqrt(0.5 * (modulus - ar)), ai);
		if (ai == 0 && ar < 0) {
			// inside the band on the real axis: the retarded limit z → E + i0 gives w = +i√(4γ² − E²)
			wr = 0;
			wi = Math.sqrt(-ar);
		}
		double gr = zr - wr, gi = zi - wi;
		if (Math.hypot(gr, gi) > 2 * hopping * (1 + 1e-12)) {
			gr = zr + wr;
			gi = zi + wi;
		}
		double s = coupling * coupling / (2 * g2);
		out[0] = s * gr;
		out[1] = s * gi;
	}

	@Override
	public void derivativeAt(double energy, double[] out) {
		// dg_s/dE = (1 − E/w)/(2γ²) with w as above: inside the band 1 + iE/√(4γ² − E²)
		double g2 = hopping * hopping, s = coupling * coupling / (2 * g2);
		double d = 4 * g2 - energy * energy;
		if (d > 0) {
			out[0] = s;
			out[1] = s * energy / Math.sqrt(d);
		} else {
			double w = Math.copySign(Math.sqrt(-d), energy);
			out[0] = s * (1 - energy / w);
			out[1] = 0;
		}
	}

	@Override
	public double[] breakPoints() {
		return new double[] { -2 * hopping, 2 * hopping };
	}
}
