package org.spintex.engine.negf.lead;

/**
 * A semi-infinite tight-binding chain with hopping γ, coupled by γ_c to the end site of the device:
 * Σ(z) = γ_c² g(z), with the surface Green function g(z) = (z − √(z − 2γ)·√(z + 2γ))/(2γ²) in
 * principal square roots — the root of γ²g² − zg + 1 = 0 with |γg| ≤ 1, analytic off the band
 * [−2γ, 2γ], retarded on it: g(E + i0) = (E − i√(4γ² − E²))/(2γ²). (The form (z − √(z² − 4γ²))/(2γ²)
 * in one principal root picks the growing solution below the band.) g′(z) = g²/(γ²g² − 1).
 */
public final class TightBindingLead implements LeadSelfEnergy {

	private final double hopping;
	private final double coupling;

	public TightBindingLead(double hopping, double coupling) {
		this.hopping = hopping;
		this.coupling = coupling;
	}

	/** g(z) into out. */
	private void surface(double zRe, double zIm, double[] out) {
		double[] a = sqrt(zRe - 2 * hopping, zIm), b = sqrt(zRe + 2 * hopping, zIm);
		double pr = a[0] * b[0] - a[1] * b[1], pi = a[0] * b[1] + a[1] * b[0];
		double s = 1 / (2 * hopping * hopping);
		out[0] = (zRe - pr) * s;
		out[1] = (zIm - pi) * s;
	}

	/** Principal square root; on the negative real axis the branch of the upper half-plane, +i√|x|. */
	private static double[] sqrt(double re, double im) {
		double modulus = Math.hypot(re, im);
		double r = Math.sqrt(0.5 * (modulus + re));
		double i = Math.sqrt(Math.max(0, 0.5 * (modulus - re)));
		return new double[] { r, im < 0 ? -i : i };
	}

	@Override
	public void at(double zRe, double zIm, double[] out) {
		surface(zRe, zIm, out);
		double c2 = coupling * coupling;
		out[0] *= c2;
		out[1] *= c2;
	}

	@Override
	public void derivativeAt(double zRe, double zIm, double[] out) {
		double[] g = new double[2];
		surface(zRe, zIm, g);
		double g2r = g[0] * g[0] - g[1] * g[1], g2i = 2 * g[0] * g[1];
		double h2 = hopping * hopping;
		double dr = h2 * g2r - 1, di = h2 * g2i;
		double n = dr * dr + di * di;
		double c2 = coupling * coupling;
		out[0] = c2 * (g2r * dr + g2i * di) / n;
		out[1] = c2 * (g2i * dr - g2r * di) / n;
	}

	@Override
	public double[] bandEdges() {
		return new double[] { -2 * hopping, 2 * hopping };
	}

	@Override
	public boolean realBelowBand() {
		return true;
	}

	@Override
	public double broadeningAtMinusInfinity() {
		return 0;
	}
}
