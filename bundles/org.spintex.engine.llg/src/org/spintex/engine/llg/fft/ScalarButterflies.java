package org.spintex.engine.llg.fft;

import static org.spintex.engine.llg.fft.BatchedFft.LANES;

/** The radix-2, 3, 4 and 5 passes in plain Java, one lane at a time. */
public final class ScalarButterflies implements Butterflies {

	private static final int CHUNK = 2 * LANES;
	private static final double HALF = 0.5;

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
	public void radix3(double[] x, int xOff, double[] y, int yOff, int m, int run, double[] tw, double sine) {
		int span = run * CHUNK;
		double minusSine = -sine;
		for (int q = 0; q < m; q++) {
			double w1r = tw[4 * q], w1i = tw[4 * q + 1], w2r = tw[4 * q + 2], w2i = tw[4 * q + 3];
			int a0 = xOff + q * span, a1 = a0 + m * span, a2 = a1 + m * span;
			int o0 = yOff + 3 * q * span, o1 = o0 + span, o2 = o1 + span;
			for (int c = 0; c < span; c += CHUNK) {
				for (int l = c; l < c + LANES; l++) {
					int h = l + LANES;
					double x0r = x[a0 + l], x0i = x[a0 + h], x1r = x[a1 + l], x1i = x[a1 + h], x2r = x[a2 + l], x2i = x[a2 + h];
					double tr = x1r + x2r, ti = x1i + x2i, dr = x1r - x2r, di = x1i - x2i;
					double hr = x0r - HALF * tr, hi = x0i - HALF * ti;
					double vr = minusSine * di, vi = sine * dr;
					y[o0 + l] = x0r + tr;
					y[o0 + h] = x0i + ti;
					double p1r = hr + vr, p1i = hi + vi;
					y[o1 + l] = p1r * w1r - p1i * w1i;
					y[o1 + h] = p1r * w1i + p1i * w1r;
					double p2r = hr - vr, p2i = hi - vi;
					y[o2 + l] = p2r * w2r - p2i * w2i;
					y[o2 + h] = p2r * w2i + p2i * w2r;
				}
			}
		}
	}

	@Override
	public void radix5(double[] x, int xOff, double[] y, int yOff, int m, int run, double[] tw, double s1, double s2) {
		int span = run * CHUNK;
		double c1 = COS_2PI_5, c2 = COS_4PI_5;
		for (int q = 0; q < m; q++) {
			double w1r = tw[8 * q], w1i = tw[8 * q + 1], w2r = tw[8 * q + 2], w2i = tw[8 * q + 3];
			double w3r = tw[8 * q + 4], w3i = tw[8 * q + 5], w4r = tw[8 * q + 6], w4i = tw[8 * q + 7];
			int a0 = xOff + q * span, a1 = a0 + m * span, a2 = a1 + m * span, a3 = a2 + m * span, a4 = a3 + m * span;
			int o0 = yOff + 5 * q * span, o1 = o0 + span, o2 = o1 + span, o3 = o2 + span, o4 = o3 + span;
			for (int c = 0; c < span; c += CHUNK) {
				for (int l = c; l < c + LANES; l++) {
					int h = l + LANES;
					double x0r = x[a0 + l], x0i = x[a0 + h];
					double p1r = x[a1 + l] + x[a4 + l], p1i = x[a1 + h] + x[a4 + h];
					double m1r = x[a1 + l] - x[a4 + l], m1i = x[a1 + h] - x[a4 + h];
					double p2r = x[a2 + l] + x[a3 + l], p2i = x[a2 + h] + x[a3 + h];
					double m2r = x[a2 + l] - x[a3 + l], m2i = x[a2 + h] - x[a3 + h];
					y[o0 + l] = x0r + p1r + p2r;
					y[o0 + h] = x0i + p1i + p2i;
					double t1r = x0r + c1 * p1r + c2 * p2r, t1i = x0i + c1 * p1i + c2 * p2i;
					double t2r = x0r + c2 * p1r + c1 * p2r, t2i = x0i + c2 * p1i + c1 * p2i;
					double u1r = s1 * m1r + s2 * m2r, u1i = s1 * m1i + s2 * m2i;
					double u2r = s2 * m1r - s1 * m2r, u2i = s2 * m1i - s1 * m2i;
					// t ± i·u: i·(ur + i ui) = (−ui, ur)
					double e1r = t1r - u1i, e1i = t1i + u1r, e4r = t1r + u1i, e4i = t1i - u1r;
					double e2r = t2r - u2i, e2i = t2i + u2r, e3r = t2r + u2i, e3i = t2i - u2r;
					y[o1 + l] = e1r * w1r - e1i * w1i;
					y[o1 + h] = e1r * w1i + e1i * w1r;
					y[o2 + l] = e2r * w2r - e2i * w2i;
					y[o2 + h] = e2r * w2i + e2i * w2r;
					y[o3 + l] = e3r * w3r - e3i * w3i;
					y[o3 + h] = e3r * w3i + e3i * w3r;
					y[o4 + l] = e4r * w4r - e4i * w4i;
					y[o4 + h] = e4r * w4i + e4i * w4r;
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
