package org.spintex.engine.llg.fft;

import static org.spintex.engine.llg.fft.BatchedFft.LANES;

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
	 * Where a pass over a zero-padded sequence reads its zero half from: a chunk of zeros in L1. A
	 * vector chosen between a load and a constant would defeat the JIT's SIMD intrinsics (the vectors
	 * get boxed); choosing the array to load from does not.
	 */
	private static final double[] ZEROS = new double[CHUNK];

	/** The hardware has registers of at least 256 bits (else the API would emulate them), and the lanes of a chunk fill whole ones. */
	static boolean usable() {
		return DoubleVector.SPECIES_PREFERRED.vectorBitSize() >= 256 && LANES % WIDTH == 0;
	}

	@Override
	public void radix2(double[] x, int xOff, double[] y, int yOff, int m, int run, double[] tw, boolean upperHalfZero) {
		int span = run * CHUNK;
		for (int q = 0; q < m; q++) {
			double wr = tw[2 * q], wi = tw[2 * q + 1];
			int a0 = xOff + q * span, a1 = a0 + m * span;
			int o0 = yOff + 2 * q * span, o1 = o0 + span;
			for (int c = 0; c < span; c += CHUNK) {
				for (int l = c; l < c + LANES; l += WIDTH) {
					int h = l + LANES;
					DoubleVector ar = DoubleVector.fromArray(SPECIES, x, a0 + l), ai = DoubleVector.fromArray(SPECIES, x, a0 + h);
					double[] upper = upperHalfZero ? ZEROS : x;
					int b1 = upperHalfZero ? -c : a1;
					DoubleVector br = DoubleVector.fromArray(SPECIES, upper, b1 + l), bi = DoubleVector.fromArray(SPECIES, upper, b1 + h);
					ar.add(br).intoArray(y, o0 + l);
					ai.add(bi).intoArray(y, o0 + h);
					DoubleVector dr = ar.sub(br), di = ai.sub(bi);
					dr.mul(wr).sub(di.mul(wi)).intoArray(y, o1 + l);
					dr.mul(wi).add(di.mul(wr)).intoArray(y, o1 + h);
				}
			}
		}
	}

	@Override
	public void radix4(double[] x, int xOff, double[] y, int yOff, int m, int run, double[] tw, double rotation, boolean upperHalfZero) {
		int span = run * CHUNK;
		double minusRotation = -rotation;
		for (int q = 0; q < m; q++) {
			double w1r = tw[6 * q], w1i = tw[6 * q + 1], w2r = tw[6 * q + 2], w2i = tw[6 * q + 3];
			double w3r = tw[6 * q + 4], w3i = tw[6 * q + 5];
			int a0 = xOff + q * span, a1 = a0 + m * span, a2 = a1 + m * span, a3 = a2 + m * span;
			int o0 = yOff + 4 * q * span, o1 = o0 + span, o2 = o1 + span, o3 = o2 + span;
			for (int c = 0; c < span; c += CHUNK) {
				for (int l = c; l < c + LANES; l += WIDTH) {
					int h = l + LANES;
					DoubleVector x0r = DoubleVector.fromArray(SPECIES, x, a0 + l), x0i = DoubleVector.fromArray(SPECIES, x, a0 + h);
					DoubleVector x1r = DoubleVector.fromArray(SPECIES, x, a1 + l), x1i = DoubleVector.fromArray(SPECIES, x, a1 + h);
					double[] upper = upperHalfZero ? ZEROS : x;
					int b2 = upperHalfZero ? -c : a2, b3 = upperHalfZero ? -c : a3;
					DoubleVector x2r = DoubleVector.fromArray(SPECIES, upper, b2 + l), x2i = DoubleVector.fromArray(SPECIES, upper, b2 + h);
					DoubleVector x3r = DoubleVector.fromArray(SPECIES, upper, b3 + l), x3i = DoubleVector.fromArray(SPECIES, upper, b3 + h);
					DoubleVector sr = x0r.add(x2r), si = x0i.add(x2i), dr = x0r.sub(x2r), di = x0i.sub(x2i);
					DoubleVector tr = x1r.add(x3r), ti = x1i.add(x3i);
					DoubleVector ur = x1r.sub(x3r), ui = x1i.sub(x3i);
					DoubleVector vr = ui.mul(minusRotation), vi = ur.mul(rotation);
					sr.add(tr).intoArray(y, o0 + l);
					si.add(ti).intoArray(y, o0 + h);
					DoubleVector p1r = dr.add(vr), p1i = di.add(vi);
					p1r.mul(w1r).sub(p1i.mul(w1i)).intoArray(y, o1 + l);
					p1r.mul(w1i).add(p1i.mul(w1r)).intoArray(y, o1 + h);
					DoubleVector p2r = sr.sub(tr), p2i = si.sub(ti);
					p2r.mul(w2r).sub(p2i.mul(w2i)).intoArray(y, o2 + l);
					p2r.mul(w2i).add(p2i.mul(w2r)).intoArray(y, o2 + h);
					DoubleVector p3r = dr.sub(vr), p3i = di.sub(vi);
					p3r.mul(w3r).sub(p3i.mul(w3i)).intoArray(y, o3 + l);
					p3r.mul(w3i).add(p3i.mul(w3r)).intoArray(y, o3 + h);
				}
			}
		}
	}

	@Override
	public void radix4FirstHalfOutput(double[] x, int xOff, double[] y, int yOff, int run, double rotation) {
		int span = run * CHUNK;
		double minusRotation = -rotation;
		int a1 = xOff + span, a2 = a1 + span, a3 = a2 + span, o1 = yOff + span;
		for (int c = 0; c < span; c += CHUNK) {
			for (int l = c; l < c + LANES; l += WIDTH) {
				int h = l + LANES;
				DoubleVector x0r = DoubleVector.fromArray(SPECIES, x, xOff + l), x0i = DoubleVector.fromArray(SPECIES, x, xOff + h);
				DoubleVector x1r = DoubleVector.fromArray(SPECIES, x, a1 + l), x1i = DoubleVector.fromArray(SPECIES, x, a1 + h);
				DoubleVector x2r = DoubleVector.fromArray(SPECIES, x, a2 + l), x2i = DoubleVector.fromArray(SPECIES, x, a2 + h);
				DoubleVector x3r = DoubleVector.fromArray(SPECIES, x, a3 + l), x3i = DoubleVector.fromArray(SPECIES, x, a3 + h);
				DoubleVector sr = x0r.add(x2r), si = x0i.add(x2i), dr = x0r.sub(x2r), di = x0i.sub(x2i);
				DoubleVector ur = x1r.sub(x3r), ui = x1i.sub(x3i);
				sr.add(x1r.add(x3r)).intoArray(y, yOff + l);
				si.add(x1i.add(x3i)).intoArray(y, yOff + h);
				dr.add(ui.mul(minusRotation)).intoArray(y, o1 + l);
				di.add(ur.mul(rotation)).intoArray(y, o1 + h);
			}
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
