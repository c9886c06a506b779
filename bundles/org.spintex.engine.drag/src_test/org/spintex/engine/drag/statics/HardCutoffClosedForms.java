package org.spintex.engine.drag.statics;

/** Closed forms of the hard-cutoff skyrmion, computed independently of the engine's quadrature. */
public final class HardCutoffClosedForms {

	private HardCutoffClosedForms() {
	}

	/**
	 * C of seed 000 eq. (29): the exchange integral of the ansatz is (π² + Cin(2π))/8 with the entire
	 * cosine integral Cin(x) = ∫₀ˣ (1 − cos t)/t dt = Σₖ (−1)^(k+1) x^(2k) / (2k (2k)!) (Abramowitz and
	 * Stegun 5.2.16), summed here.
	 */
	public static double exchangeConstant() {
		double x = 2 * Math.PI;
		double sum = 0;
		double power = 1; // x^(2k) / (2k)!
		for (int k = 1; k <= 40; k++) {
			power *= x * x / ((2 * k - 1) * (2 * k));
			sum += (k % 2 == 1 ? 1 : -1) * power / (2 * k);
		}
		return (Math.PI * Math.PI + sum) / 8;
	}
}
