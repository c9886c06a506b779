package org.spintex.engine.llg.fft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Complex FFTs of one length n, done on {@link #LANES} sequences at once so that the inner loops run
 * across the sequences (FFTW calls this a "vector rank") — straight SIMD code, where a library that
 * transforms one sequence at a time (JTransforms) stays scalar: twice as fast at 2048 points (see the
 * FFT benchmark). Written here, not taken from a library, for that reason. Stockham autosort formulation (Van Loan, <i>Computational Frameworks for the
 * FFT</i>, 1992, §1.7): no bit reversal, every pass reads and writes whole contiguous chunks. Radix 4,
 * 2, 3 and 5 passes have kernels of their own (scalar and SIMD), so every length whose prime factors are 2, 3 and 5
 * is fast; a larger prime factor gets a plain DFT pass, O(p) per value.
 *
 * <p>Layout: a sequence element is a chunk of 2·LANES doubles (the real parts of the LANES sequences,
 * then their imaginary parts), or a run of several chunks that are all transformed alike (a z
 * transform over a whole block of y columns). Element e of the {@code run}-chunk elements starting at
 * {@code off} is at chunk off/(2·LANES) + e·run. The transforms are unnormalised: forward uses
 * e^{−2πi jk/n}, inverse e^{+2πi jk/n}; inverse(forward(x)) = n·x.
 */
public final class BatchedFft {

	/**
	 * Sequences transformed together: one 256-bit register of doubles per chunk half. Four, not eight:
	 * the y transforms of a block of columns of a 1024² film then stay in the 512 KB L2 of a core.
	 */
	public static final int LANES = 4;
	/** Doubles per chunk: LANES real parts, then LANES imaginary parts. */
	public static final int CHUNK = 2 * LANES;

	private final int n;
	private final Butterflies butterflies;
	private final List<Pass> passes = new ArrayList<>();

	/** One Stockham pass: radix p over sub-transforms of length p·m. */
	private record Pass(int radix, int m, double[] forwardTwiddles, double[] inverseTwiddles, double[] forwardRoots, double[] inverseRoots) {
	}

	public BatchedFft(int n, Butterflies butterflies) {
		if (n < 1) {
			throw new IllegalArgumentException("FFT length must be positive, got " + n);
		}
		this.n = n;
		this.butterflies = butterflies;
		int length = n;
		for (int radix : factors(n)) {
			int m = length / radix;
			passes.add(new Pass(radix, m, twiddles(radix, m, -1), twiddles(radix, m, +1), roots(radix, -1), roots(radix, +1)));
			length = m;
		}
	}

	/**
	 * The cost per value of one pass of each radix, as this class does them, in the operations of a SIMD radix-4
	 * butterfly (8.5: three twiddles and sixteen additions per four values). Radix 2 costs 5. The radix-3 and radix-5
	 * passes have their own SIMD kernels; measured with FftBenchmark (2026-12-02, 1 thread, n = 324 … 640, where the
	 * passes stream through L2) a pass of either takes 1.8 ns per value against 1.4 ns for radix 4, hence 10.5. A larger
	 * prime gets the plain p-point DFT pass (p complex products and a twiddle per value, 4p + 6), scalar over strided
	 * memory, weighed twenty times that: a 129² film padded to 320 = 4³·5 when radix 5 had no kernel of its own cost
	 * 8.3 times a 128² one per cell (GridSizeBenchmarks).
	 */
	private static double passCost(int radix) {
		return switch (radix) {
		case 4 -> 8.5;
		case 2 -> 5;
		case 3, 5 -> 10.5;
		default -> 20 * (4.0 * radix + 6);
		};
	}

	/** The operations of one transform of length n by the passes this class would use: what padding sizes are chosen by. */
	public static double cost(int n) {
		return n * factors(n).stream().mapToDouble(BatchedFft::passCost).sum();
	}

	/** Whether n's prime factors are all 2, 3, 5 or 7. */
	public static boolean smooth(int n) {
		int rest = n;
		for (int p : new int[] { 2, 3, 5, 7 }) {
			while (rest > 1 && rest % p == 0) {
				rest /= p;
			}
		}
		return rest == 1;
	}

	/**
	 * The radices of the passes: a 4 (or the one 2) first, then the odd primes in increasing order, then the other
	 * 4s and the 2. A zero-padded sequence needs a first pass of radix 4 or 2 (it then skips the zero half,
	 * {@link #forwardPadded}), and the inverse that keeps only the first half a last one ({@link #inverseToFirstHalf}).
	 */
	static List<Integer> factors(int n) {
		List<Integer> twos = new ArrayList<>();
		int rest = n;
		while (rest % 4 == 0) {
			twos.add(4);
			rest /= 4;
		}
		if (rest % 2 == 0) {
			twos.add(2);
			rest /= 2;
		}
		List<Integer> odd = new ArrayList<>();
		for (int p = 3; rest > 1; p += 2) {
			while (rest % p == 0) {
				odd.add(p);
				rest /= p;
			}
			if (p * p > rest && rest > 1) {
				odd.add(rest);
				rest = 1;
			}
		}
		List<Integer> factors = new ArrayList<>();
		if (!twos.isEmpty()) {
			factors.add(twos.get(0));
		}
		factors.addAll(odd);
		if (twos.size() > 1) {
			factors.addAll(twos.subList(1, twos.size()));
		}
		return factors;
	}

	/** w^{k q}, w = e^{sign·2πi/(p m)}, for q < m and k = 1..p−1, as (re, im) pairs at 2((p−1)q + k − 1). */
	private static double[] twiddles(int p, int m, int sign) {
		double[] tw = new double[2 * (p - 1) * m];
		for (int q = 0; q < m; q++) {
			for (int k = 1; k < p; k++) {
				double angle = sign * 2 * Math.PI * ((long) k * q % ((long) p * m)) / (p * m);
				tw[2 * ((p - 1) * q + k - 1)] = Math.cos(angle);
				tw[2 * ((p - 1) * q + k - 1) + 1] = Math.sin(angle);
			}
		}
		return tw;
	}

	/** The p-th roots of unity e^{sign·2πi j/p}, j < p, as (re, im) pairs. */
	private static double[] roots(int p, int sign) {
		double[] roots = new double[2 * p];
		for (int j = 0; j < p; j++) {
			roots[2 * j] = Math.cos(sign * 2 * Math.PI * j / p);
			roots[2 * j + 1] = Math.sin(sign * 2 * Math.PI * j / p);
		}
		return roots;
	}

	/**
	 * Transforms in place the n elements of {@code run} chunks each that start at {@code data[off]};
	 * {@code work} (at least n·run·CHUNK doubles from {@code workOff}) is scratch.
	 */
	public void transform(double[] data, int off, int run, double[] work, int workOff, boolean inverse) {
		if (pingPong(0, passes.size(), data, off, work, workOff, run, inverse, false)) {
			System.arraycopy(work, workOff, data, off, n * run * CHUNK);
		}
	}

	/**
	 * The forward transform of a zero-padded sequence: its first n/2 elements are read from {@code src},
	 * the second half is zero and never touched; all n transformed elements go to {@code dst}. The
	 * first pass skips the zeros (same result, bit for bit, as transforming the padded sequence).
	 */
	public void forwardPadded(double[] src, int srcOff, double[] dst, int dstOff, int run, double[] work, int workOff) {
		int half = n / 2 * run * CHUNK;
		if (n % 2 != 0) {
			System.arraycopy(src, srcOff, dst, dstOff, half);
			Arrays.fill(dst, dstOff + half, dstOff + n * run * CHUNK, 0);
			transform(dst, dstOff, run, work, workOff, false);
			return;
		}
		// for an even n the first pass has radix 4 or 2; it writes where the remaining passes end in dst
		boolean evenRest = (passes.size() - 1) % 2 == 0;
		double[] first = evenRest ? dst : work, other = evenRest ? work : dst;
		int firstOff = evenRest ? dstOff : workOff, otherOff = evenRest ? workOff : dstOff;
		pass(passes.get(0), src, srcOff, first, firstOff, run, false, true);
		pingPong(1, passes.size(), first, firstOff, other, otherOff, run * passes.get(0).radix, false, false);
	}

	/**
	 * The inverse transform of the n elements at {@code src} (overwritten: it serves as scratch), of
	 * which only the first n/2 are wanted, in {@code dst}: the last pass computes only those.
	 */
	public void inverseToFirstHalf(double[] src, int srcOff, double[] dst, int dstOff, int run, double[] work, int workOff) {
		int half = n / 2 * run * CHUNK;
		Pass last = passes.isEmpty() ? null : passes.get(passes.size() - 1);
		if (n % 2 != 0 || last.radix != 4 && last.radix != 2) {
			transform(src, srcOff, run, work, workOff, true);
			System.arraycopy(src, srcOff, dst, dstOff, half);
			return;
		}
		boolean inWork = pingPong(0, passes.size() - 1, src, srcOff, work, workOff, run, true, false);
		double[] from = inWork ? work : src;
		int fromOff = inWork ? workOff : srcOff, chunks = run * (n / last.radix);
		// the last pass has m = 1: every twiddle is 1
		if (last.radix == 4) {
			butterflies.radix4FirstHalfOutput(from, fromOff, dst, dstOff, chunks, 1);
		} else {
			butterflies.radix2FirstHalfOutput(from, fromOff, dst, dstOff, chunks);
		}
	}

	/**
	 * Runs the passes [first, last) from a into b, then b into a, and so on, {@code chunks} the run
	 * length of the first of them; true if the result ended in b.
	 */
	private boolean pingPong(int first, int last, double[] a, int aOff, double[] b, int bOff, int chunks, boolean inverse,
			boolean upperHalfZero) {
		boolean inB = false;
		for (int i = first; i < last; i++) {
			Pass pass = passes.get(i);
			if (inB) {
				pass(pass, b, bOff, a, aOff, chunks, inverse, upperHalfZero);
			} else {
				pass(pass, a, aOff, b, bOff, chunks, inverse, upperHalfZero);
			}
			// the runs of chunks that move together grow by each pass's radix (Stockham)
			chunks *= pass.radix;
			inB = !inB;
		}
		return inB;
	}

	private void pass(Pass pass, double[] from, int fromOff, double[] to, int toOff, int chunks, boolean inverse, boolean upperHalfZero) {
		double[] tw = inverse ? pass.inverseTwiddles : pass.forwardTwiddles;
		switch (pass.radix) {
		case 4 -> butterflies.radix4(from, fromOff, to, toOff, pass.m, chunks, tw, inverse ? 1 : -1, upperHalfZero);
		case 2 -> butterflies.radix2(from, fromOff, to, toOff, pass.m, chunks, tw, upperHalfZero);
		case 3 -> butterflies.radix3(from, fromOff, to, toOff, pass.m, chunks, tw, inverse ? SIN_2PI_3 : -SIN_2PI_3);
		case 5 -> butterflies.radix5(from, fromOff, to, toOff, pass.m, chunks, tw, inverse ? SIN_2PI_5 : -SIN_2PI_5,
				inverse ? SIN_4PI_5 : -SIN_4PI_5);
		default -> dftPass(from, fromOff, to, toOff, pass, chunks, tw, inverse ? pass.inverseRoots : pass.forwardRoots);
		}
	}

	private static final double SIN_2PI_3 = Math.sin(2 * Math.PI / 3);
	private static final double SIN_2PI_5 = Math.sin(2 * Math.PI / 5);
	private static final double SIN_4PI_5 = Math.sin(4 * Math.PI / 5);

	/** A radix-p Stockham pass by the plain p-point DFT, for the prime factors above 5. */
	private static void dftPass(double[] x, int xOff, double[] y, int yOff, Pass pass, int run, double[] tw, double[] roots) {
		int p = pass.radix, m = pass.m, span = run * CHUNK;
		for (int q = 0; q < m; q++) {
			for (int k = 0; k < p; k++) {
				double wr = k == 0 ? 1 : tw[2 * ((p - 1) * q + k - 1)], wi = k == 0 ? 0 : tw[2 * ((p - 1) * q + k - 1) + 1];
				int out = yOff + (p * q + k) * span;
				for (int c = 0; c < span; c += CHUNK) {
					for (int l = c; l < c + LANES; l++) {
						double sr = 0, si = 0;
						for (int j = 0; j < p; j++) {
							int in = xOff + (q + j * m) * span + l;
							int r = (int) ((long) k * j % p);
							double xr = x[in], xi = x[in + LANES], rr = roots[2 * r], ri = roots[2 * r + 1];
							sr += xr * rr - xi * ri;
							si += xr * ri + xi * rr;
						}
						y[out + l] = sr * wr - si * wi;
						y[out + l + LANES] = sr * wi + si * wr;
					}
				}
			}
		}
	}
}
