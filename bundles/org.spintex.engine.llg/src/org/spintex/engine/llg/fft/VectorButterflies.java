package org.spintex.engine.llg.fft;

import static org.spintex.engine.llg.fft.BatchedFft.LANES;
import static org.spintex.engine.llg.fft.Butterflies.COS_2PI_5;
import static org.spintex.engine.llg.fft.Butterflies.COS_4PI_5;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The passes of {@link ScalarButterflies} on SIMD registers: the same additions and multiplications in
 * the same order (no fused multiply-add), so both give bit-identical transforms.
 */
final class VectorButterflies implements Butterflies {

	/** 4 doubles: AVX2, and half an AVX-512 register (LANES = 4 keeps a block's columns in cache). */
	private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_256;
	private static final int WIDTH = SPECIES.length();
	private static final int CHUNK = 2 * LANES;
	/**
	 * Where a pass over a zero-padded sequence reads its zero half from (the additions are kept, so padded
	 * and full transforms agree bit for bit); the first pass, the only padded one, has runs of one chunk.
	 */
	private static final double[] ZEROS = new double[CHUNK];

	/** The hardware has registers of at least 256 bits (else the API would emulate them), and a chunk half is one of them. */
	static boolean usable() {
		return DoubleVector.SPECIES_PREFERRED.vectorBitSize() >= 256 && LANES == WIDTH;
	}

	/*
	 * How these loops are written matters as much as what they compute (a 2048-point radix-4 pass: 10 µs
	 * as one generic loop nest, 4.5 µs as below). The JIT compiles a Vector API loop to straight SIMD code
	 * only when every vector stays inside one method (passing vectors to a helper boxes them: 6× slower)
	 * and nothing in the loop is chosen per iteration, so the array the upper inputs come from (x, or
	 * zeros for a padded sequence) is fixed before the loops. And the first pass (run = 1), one chunk per
	 * twiddle, must not be a loop nest: the inner loop's set-up would cost as much as its body.
	 */

	/** The zeros standing for the upper half of a padded sequence in a pass of {@code span} doubles per element. */
	private static double[] zeros(int span) {
		return span <= ZEROS.length ? ZEROS : new double[span];
	}

	@Override
	public void radix2(double[] x, int xOff, double[] y, int yOff, int m, int run, double[] tw, boolean upperHalfZero) {
		int span = run * CHUNK;
		double[] upper = upperHalfZero ? zeros(span) : x;
		int upperStart = upperHalfZero ? 0 : xOff + m * span, upperStep = upperHalfZero ? 0 : span;
		for (int q = 0; q < m; q++) {
			DoubleVector wr = DoubleVector.broadcast(SPECIES, tw[2 * q]), wi = DoubleVector.broadcast(SPECIES, tw[2 * q + 1]);
			int a0 = xOff + q * span, a1 = upperStart + q * upperStep;
			int o0 = yOff + 2 * q * span, o1 = o0 + span;
			for (int c = 0; c < span; c += CHUNK) {
				DoubleVector ar = DoubleVector.fromArray(SPECIES, x, a0 + c), ai = DoubleVector.fromArray(SPECIES, x, a0 + c + LANES);
				DoubleVector br = DoubleVector.fromArray(SPECIES, upper, a1 + c), bi = DoubleVector.fromArray(SPECIES, upper, a1 + c + LANES);
				ar.add(br).intoArray(y, o0 + c);
				ai.add(bi).intoArray(y, o0 + c + LANES);
				DoubleVector dr = ar.sub(br), di = ai.sub(bi);
				dr.mul(wr).sub(di.mul(wi)).intoArray(y, o1 + c);
				dr.mul(wi).add(di.mul(wr)).intoArray(y, o1 + c + LANES);
			}
		}
	}

	@Override
	public void radix4(double[] x, int xOff, double[] y, int yOff, int m, int run, double[] tw, double rotation, boolean upperHalfZero) {
		double minusRotation = -rotation;
		int span = run * CHUNK;
		// x₂ and x₃ of group q: at a2 = upperStart + q·upperStep and a2 + upperGap
		double[] upper = upperHalfZero ? zeros(span) : x;
		int upperStart = upperHalfZero ? 0 : xOff + 2 * m * span, upperStep = upperHalfZero ? 0 : span, upperGap = upperHalfZero ? 0 : m * span;
		if (run == 1) {
			for (int q = 0; q < m; q++) {
				int a0 = xOff + q * CHUNK, a1 = a0 + m * CHUNK, a2 = upperStart + q * upperStep, a3 = a2 + upperGap;
				int o0 = yOff + 4 * q * CHUNK, o1 = o0 + CHUNK, o2 = o1 + CHUNK, o3 = o2 + CHUNK;
				DoubleVector x0r = DoubleVector.fromArray(SPECIES, x, a0), x0i = DoubleVector.fromArray(SPECIES, x, a0 + LANES);
				DoubleVector x1r = DoubleVector.fromArray(SPECIES, x, a1), x1i = DoubleVector.fromArray(SPECIES, x, a1 + LANES);
				DoubleVector x2r = DoubleVector.fromArray(SPECIES, upper, a2), x2i = DoubleVector.fromArray(SPECIES, upper, a2 + LANES);
				DoubleVector x3r = DoubleVector.fromArray(SPECIES, upper, a3), x3i = DoubleVector.fromArray(SPECIES, upper, a3 + LANES);
				double w1r = tw[6 * q], w1i = tw[6 * q + 1], w2r = tw[6 * q + 2], w2i = tw[6 * q + 3], w3r = tw[6 * q + 4], w3i = tw[6 * q + 5];
				DoubleVector sr = x0r.add(x2r), si = x0i.add(x2i), dr = x0r.sub(x2r), di = x0i.sub(x2i);
				DoubleVector tr = x1r.add(x3r), ti = x1i.add(x3i);
				DoubleVector ur = x1r.sub(x3r), ui = x1i.sub(x3i);
				DoubleVector vr = ui.mul(minusRotation), vi = ur.mul(rotation);
				sr.add(tr).intoArray(y, o0);
				si.add(ti).intoArray(y, o0 + LANES);
				DoubleVector p1r = dr.add(vr), p1i = di.add(vi);
				p1r.mul(w1r).sub(p1i.mul(w1i)).intoArray(y, o1);
				p1r.mul(w1i).add(p1i.mul(w1r)).intoArray(y, o1 + LANES);
				DoubleVector p2r = sr.sub(tr), p2i = si.sub(ti);
				p2r.mul(w2r).sub(p2i.mul(w2i)).intoArray(y, o2);
				p2r.mul(w2i).add(p2i.mul(w2r)).intoArray(y, o2 + LANES);
				DoubleVector p3r = dr.sub(vr), p3i = di.sub(vi);
				p3r.mul(w3r).sub(p3i.mul(w3i)).intoArray(y, o3);
				p3r.mul(w3i).add(p3i.mul(w3r)).intoArray(y, o3 + LANES);
			}
			return;
		}
		for (int q = 0; q < m; q++) {
			DoubleVector w1r = DoubleVector.broadcast(SPECIES, tw[6 * q]), w1i = DoubleVector.broadcast(SPECIES, tw[6 * q + 1]);
			DoubleVector w2r = DoubleVector.broadcast(SPECIES, tw[6 * q + 2]), w2i = DoubleVector.broadcast(SPECIES, tw[6 * q + 3]);
			DoubleVector w3r = DoubleVector.broadcast(SPECIES, tw[6 * q + 4]), w3i = DoubleVector.broadcast(SPECIES, tw[6 * q + 5]);
			int a0 = xOff + q * span, a1 = a0 + m * span, a2 = upperStart + q * upperStep, a3 = a2 + upperGap;
			int o0 = yOff + 4 * q * span, o1 = o0 + span, o2 = o1 + span, o3 = o2 + span;
			for (int c = 0; c < span; c += CHUNK) {
				int h = c + LANES;
				DoubleVector x0r = DoubleVector.fromArray(SPECIES, x, a0 + c), x0i = DoubleVector.fromArray(SPECIES, x, a0 + h);
				DoubleVector x1r = DoubleVector.fromArray(SPECIES, x, a1 + c), x1i = DoubleVector.fromArray(SPECIES, x, a1 + h);
				DoubleVector x2r = DoubleVector.fromArray(SPECIES, upper, a2 + c), x2i = DoubleVector.fromArray(SPECIES, upper, a2 + h);
				DoubleVector x3r = DoubleVector.fromArray(SPECIES, upper, a3 + c), x3i = DoubleVector.fromArray(SPECIES, upper, a3 + h);
				DoubleVector sr = x0r.add(x2r), si = x0i.add(x2i), dr = x0r.sub(x2r), di = x0i.sub(x2i);
				DoubleVector tr = x1r.add(x3r), ti = x1i.add(x3i);
				DoubleVector ur = x1r.sub(x3r), ui = x1i.sub(x3i);
				DoubleVector vr = ui.mul(minusRotation), vi = ur.mul(rotation);
				sr.add(tr).intoArray(y, o0 + c);
				si.add(ti).intoArray(y, o0 + h);
				DoubleVector p1r = dr.add(vr), p1i = di.add(vi);
				p1r.mul(w1r).sub(p1i.mul(w1i)).intoArray(y, o1 + c);
				p1r.mul(w1i).add(p1i.mul(w1r)).intoArray(y, o1 + h);
				DoubleVector p2r = sr.sub(tr), p2i = si.sub(ti);
				p2r.mul(w2r).sub(p2i.mul(w2i)).intoArray(y, o2 + c);
				p2r.mul(w2i).add(p2i.mul(w2r)).intoArray(y, o2 + h);
				DoubleVector p3r = dr.sub(vr), p3i = di.sub(vi);
				p3r.mul(w3r).sub(p3i.mul(w3i)).intoArray(y, o3 + c);
				p3r.mul(w3i).add(p3i.mul(w3r)).intoArray(y, o3 + h);
			}
		}
	}

	@Override
	public void radix3(double[] x, int xOff, double[] y, int yOff, int m, int run, double[] tw, double sine) {
		int span = run * CHUNK;
		double minusSine = -sine;
		for (int q = 0; q < m; q++) {
			DoubleVector w1r = DoubleVector.broadcast(SPECIES, tw[4 * q]), w1i = DoubleVector.broadcast(SPECIES, tw[4 * q + 1]);
			DoubleVector w2r = DoubleVector.broadcast(SPECIES, tw[4 * q + 2]), w2i = DoubleVector.broadcast(SPECIES, tw[4 * q + 3]);
			int a0 = xOff + q * span, a1 = a0 + m * span, a2 = a1 + m * span;
			int o0 = yOff + 3 * q * span, o1 = o0 + span, o2 = o1 + span;
			for (int c = 0; c < span; c += CHUNK) {
				int h = c + LANES;
				DoubleVector x0r = DoubleVector.fromArray(SPECIES, x, a0 + c), x0i = DoubleVector.fromArray(SPECIES, x, a0 + h);
				DoubleVector x1r = DoubleVector.fromArray(SPECIES, x, a1 + c), x1i = DoubleVector.fromArray(SPECIES, x, a1 + h);
				DoubleVector x2r = DoubleVector.fromArray(SPECIES, x, a2 + c), x2i = DoubleVector.fromArray(SPECIES, x, a2 + h);
				DoubleVector tr = x1r.add(x2r), ti = x1i.add(x2i), dr = x1r.sub(x2r), di = x1i.sub(x2i);
				DoubleVector hr = x0r.sub(tr.mul(0.5)), hi = x0i.sub(ti.mul(0.5));
				DoubleVector vr = di.mul(minusSine), vi = dr.mul(sine);
				x0r.add(tr).intoArray(y, o0 + c);
				x0i.add(ti).intoArray(y, o0 + h);
				DoubleVector p1r = hr.add(vr), p1i = hi.add(vi);
				p1r.mul(w1r).sub(p1i.mul(w1i)).intoArray(y, o1 + c);
				p1r.mul(w1i).add(p1i.mul(w1r)).intoArray(y, o1 + h);
				DoubleVector p2r = hr.sub(vr), p2i = hi.sub(vi);
				p2r.mul(w2r).sub(p2i.mul(w2i)).intoArray(y, o2 + c);
				p2r.mul(w2i).add(p2i.mul(w2r)).intoArray(y, o2 + h);
			}
		}
	}

	@Override
	public void radix5(double[] x, int xOff, double[] y, int yOff, int m, int run, double[] tw, double s1, double s2) {
		int span = run * CHUNK;
		double c1 = COS_2PI_5, c2 = COS_4PI_5;
		for (int q = 0; q < m; q++) {
			DoubleVector w1r = DoubleVector.broadcast(SPECIES, tw[8 * q]), w1i = DoubleVector.broadcast(SPECIES, tw[8 * q + 1]);
			DoubleVector w2r = DoubleVector.broadcast(SPECIES, tw[8 * q + 2]), w2i = DoubleVector.broadcast(SPECIES, tw[8 * q + 3]);
			DoubleVector w3r = DoubleVector.broadcast(SPECIES, tw[8 * q + 4]), w3i = DoubleVector.broadcast(SPECIES, tw[8 * q + 5]);
			DoubleVector w4r = DoubleVector.broadcast(SPECIES, tw[8 * q + 6]), w4i = DoubleVector.broadcast(SPECIES, tw[8 * q + 7]);
			int a0 = xOff + q * span, a1 = a0 + m * span, a2 = a1 + m * span, a3 = a2 + m * span, a4 = a3 + m * span;
			int o0 = yOff + 5 * q * span, o1 = o0 + span, o2 = o1 + span, o3 = o2 + span, o4 = o3 + span;
			for (int c = 0; c < span; c += CHUNK) {
				int h = c + LANES;
				DoubleVector x0r = DoubleVector.fromArray(SPECIES, x, a0 + c), x0i = DoubleVector.fromArray(SPECIES, x, a0 + h);
				DoubleVector x1r = DoubleVector.fromArray(SPECIES, x, a1 + c), x1i = DoubleVector.fromArray(SPECIES, x, a1 + h);
				DoubleVector x2r = DoubleVector.fromArray(SPECIES, x, a2 + c), x2i = DoubleVector.fromArray(SPECIES, x, a2 + h);
				DoubleVector x3r = DoubleVector.fromArray(SPECIES, x, a3 + c), x3i = DoubleVector.fromArray(SPECIES, x, a3 + h);
				DoubleVector x4r = DoubleVector.fromArray(SPECIES, x, a4 + c), x4i = DoubleVector.fromArray(SPECIES, x, a4 + h);
				DoubleVector p1r = x1r.add(x4r), p1i = x1i.add(x4i), m1r = x1r.sub(x4r), m1i = x1i.sub(x4i);
				DoubleVector p2r = x2r.add(x3r), p2i = x2i.add(x3i), m2r = x2r.sub(x3r), m2i = x2i.sub(x3i);
				x0r.add(p1r).add(p2r).intoArray(y, o0 + c);
				x0i.add(p1i).add(p2i).intoArray(y, o0 + h);
				DoubleVector t1r = x0r.add(p1r.mul(c1)).add(p2r.mul(c2)), t1i = x0i.add(p1i.mul(c1)).add(p2i.mul(c2));
				DoubleVector t2r = x0r.add(p1r.mul(c2)).add(p2r.mul(c1)), t2i = x0i.add(p1i.mul(c2)).add(p2i.mul(c1));
				DoubleVector u1r = m1r.mul(s1).add(m2r.mul(s2)), u1i = m1i.mul(s1).add(m2i.mul(s2));
				DoubleVector u2r = m1r.mul(s2).sub(m2r.mul(s1)), u2i = m1i.mul(s2).sub(m2i.mul(s1));
				DoubleVector e1r = t1r.sub(u1i), e1i = t1i.add(u1r), e4r = t1r.add(u1i), e4i = t1i.sub(u1r);
				DoubleVector e2r = t2r.sub(u2i), e2i = t2i.add(u2r), e3r = t2r.add(u2i), e3i = t2i.sub(u2r);
				e1r.mul(w1r).sub(e1i.mul(w1i)).intoArray(y, o1 + c);
				e1r.mul(w1i).add(e1i.mul(w1r)).intoArray(y, o1 + h);
				e2r.mul(w2r).sub(e2i.mul(w2i)).intoArray(y, o2 + c);
				e2r.mul(w2i).add(e2i.mul(w2r)).intoArray(y, o2 + h);
				e3r.mul(w3r).sub(e3i.mul(w3i)).intoArray(y, o3 + c);
				e3r.mul(w3i).add(e3i.mul(w3r)).intoArray(y, o3 + h);
				e4r.mul(w4r).sub(e4i.mul(w4i)).intoArray(y, o4 + c);
				e4r.mul(w4i).add(e4i.mul(w4r)).intoArray(y, o4 + h);
			}
		}
	}

	@Override
	public void radix4FirstHalfOutput(double[] x, int xOff, double[] y, int yOff, int run, double rotation) {
		int span = run * CHUNK;
		double minusRotation = -rotation;
		int a1 = xOff + span, a2 = a1 + span, a3 = a2 + span, o1 = yOff + span;
		for (int c = 0; c < span; c += CHUNK) {
			int h = c + LANES;
			DoubleVector x0r = DoubleVector.fromArray(SPECIES, x, xOff + c), x0i = DoubleVector.fromArray(SPECIES, x, xOff + h);
			DoubleVector x1r = DoubleVector.fromArray(SPECIES, x, a1 + c), x1i = DoubleVector.fromArray(SPECIES, x, a1 + h);
			DoubleVector x2r = DoubleVector.fromArray(SPECIES, x, a2 + c), x2i = DoubleVector.fromArray(SPECIES, x, a2 + h);
			DoubleVector x3r = DoubleVector.fromArray(SPECIES, x, a3 + c), x3i = DoubleVector.fromArray(SPECIES, x, a3 + h);
			DoubleVector sr = x0r.add(x2r), si = x0i.add(x2i), dr = x0r.sub(x2r), di = x0i.sub(x2i);
			DoubleVector ur = x1r.sub(x3r), ui = x1i.sub(x3i);
			sr.add(x1r.add(x3r)).intoArray(y, yOff + c);
			si.add(x1i.add(x3i)).intoArray(y, yOff + h);
			dr.add(ui.mul(minusRotation)).intoArray(y, o1 + c);
			di.add(ur.mul(rotation)).intoArray(y, o1 + h);
		}
	}

	@Override
	public void radix2FirstHalfOutput(double[] x, int xOff, double[] y, int yOff, int run) {
		int span = run * CHUNK, a1 = xOff + span;
		for (int i = 0; i < span; i += WIDTH) {
			DoubleVector.fromArray(SPECIES, x, xOff + i).add(DoubleVector.fromArray(SPECIES, x, a1 + i)).intoArray(y, yOff + i);
		}
	}
}
