package org.spintex.engine.llg.fft;

import static org.spintex.engine.llg.fft.BatchedFft.LANES;

/** The radix-2 and radix-4 passes in plain Java, one lane at a time. */
public final class ScalarButterflies implements Butterflies {

	private static final int CHUNK = 2 * LANES;

	@Override
	public void radix2(double[] x, int xOff, double[] y, int yOff, int m, int run, double[] tw, boolean upperHalfZero) {
		int span = run * CHUNK;
		for (int q = 0; q < m; q++) {
			double wr = tw[2 * q], wi = tw[2 * q + 1];
			int a0 = xOff + q * span, a1 = a0 + m * span;
			int o0 = yOff + 2 * q * span, o1 = o0 + span;
			for (int c = 0; c < span; c += CHUNK) {
				for (int l = c; l < c + LANES; l++) {
					double ar = x[a0 + l], ai = x[a0 + l + LANES];
					double br = upperHalfZero ? 0 : x[a1 + l], bi = upperHalfZero ? 0 : x[a1 + l + LANES];
					y[o0 + l] = ar + br;
					y[o0 + l + LANES] = ai + bi;
					double dr = ar - br, di = ai - bi;
					y[o1 + l] = dr * wr - di * wi;
					y[o1 + l + LANES] = dr * wi + di * wr;
				}
			}
		}
	}

	@Override
	public void radix4(double[] x, int xOff, double[] y, int yOff, int m, int run, double[] tw, double rotation, boolean upperHalfZero) {
		int span = run * CHUNK;
		for (int q = 0; q < m; q++) {
			double w1r = tw[6 * q], w1i = tw[6 * q + 1], w2r = tw[6 * q + 2], w2i = tw[6 * q + 3];
			double w3r = tw[6 * q + 4], w3i = tw[6 * q + 5];
			int a0 = xOff + q * span, a1 = a0 + m * span, a2 = a1 + m * span, a3 = a2 + m * span;
			int o0 = yOff + 4 * q * span, o1 = o0 + span, o2 = o1 + span, o3 = o2 + span;
			for (int c = 0; c < span; c += CHUNK) {
				for (int l = c; l < c + LANES; l++) {
					int h = l + LANES;
					double x0r = x[a0 + l], x0i = x[a0 + h], x1r = x[a1 + l], x1i = x[a1 + h];
					double x2r = 0, x2i = 0, x3r = 0, x3i = 0;
					if (!upperHalfZero) {
						x2r = x[a2 + l];
						x2i = x[a2 + h];
						x3r = x[a3 + l];
						x3i = x[a3 + h];
					}
					double sr = x0r + x2r, si = x0i + x2i, dr = x0r - x2r, di = x0i - x2i;
					double tr = x1r + x3r, ti = x1i + x3i;
					// (x1 − x3) turned by ∓i: ∓i (ur + i ui) = (±ui, ∓ur)
					double ur = x1r - x3r, ui = x1i - x3i;
					double vr = -rotation * ui, vi = rotation * ur;
					y[o0 + l] = sr + tr;
					y[o0 + h] = si + ti;
					double p1r = dr + vr, p1i = di + vi;
					y[o1 + l] = p1r * w1r - p1i * w1i;
					y[o1 + h] = p1r * w1i + p1i * w1r;
					double p2r = sr - tr, p2i = si - ti;
					y[o2 + l] = p2r * w2r - p2i * w2i;
					y[o2 + h] = p2r * w2i + p2i * w2r;
					double p3r = dr - vr, p3i = di - vi;
					y[o3 + l] = p3r * w3r - p3i * w3i;
					y[o3 + h] = p3r * w3i + p3i * w3r;
				}
			}
		}
	}

	@Override
	public void radix4FirstHalfOutput(double[] x, int xOff, double[] y, int yOff, int run, double rotation) {
		int span = run * CHUNK;
		int a1 = xOff + span, a2 = a1 + span, a3 = a2 + span, o1 = yOff + span;
		for (int c = 0; c < span; c += CHUNK) {
			for (int l = c; l < c + LANES; l++) {
				int h = l + LANES;
				double x0r = x[xOff + l], x0i = x[xOff + h], x1r = x[a1 + l], x1i = x[a1 + h];
				double x2r = x[a2 + l], x2i = x[a2 + h], x3r = x[a3 + l], x3i = x[a3 + h];
				double sr = x0r + x2r, si = x0i + x2i, dr = x0r - x2r, di = x0i - x2i;
				double ur = x1r - x3r, ui = x1i - x3i;
				y[yOff + l] = sr + (x1r + x3r);
				y[yOff + h] = si + (x1i + x3i);
				y[o1 + l] = dr + -rotation * ui;
				y[o1 + h] = di + rotation * ur;
			}
		}
	}

	@Override
	public void radix2FirstHalfOutput(double[] x, int xOff, double[] y, int yOff, int run) {
		int span = run * CHUNK, a1 = xOff + span;
		for (int i = 0; i < span; i++) {
			y[yOff + i] = x[xOff + i] + x[a1 + i];
		}
	}
}
