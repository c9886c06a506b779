package org.spintex.engine.llg.fft;

import java.util.ArrayList;
import java.util.List;

/**
 * How the batched FFTs ({@link BatchedFft}, {@link FloatBatchedFft}) split a length into passes, and what a length
 * costs them: the one definition both precisions and the demag padding ({@code DemagKernel#padded}) use.
 */
public final class FftLengths {

	private FftLengths() {
	}

	/**
	 * The cost per value of one pass of each radix, in the operations of a SIMD radix-4 butterfly (8.5: three twiddles
	 * and sixteen additions per four values). Radix 2 costs 5. The radix-3 and radix-5 passes have their own SIMD
	 * kernels; measured with FftBenchmark (2026-12-02, 1 thread, n = 324 … 640, where the passes stream through L2) a pass
	 * of either takes 1.8 ns per value against 1.4 ns for radix 4, hence 10.5. A larger prime gets the plain p-point DFT
	 * pass (p complex products and a twiddle per value, 4p + 6), scalar over strided memory, weighed twenty times that: a
	 * 129² film padded to 320 = 4³·5 when radix 5 had no kernel of its own cost 8.3 times a 128² one per cell
	 * (GridSizeBenchmarks).
	 */
	private static double passCost(int radix) {
		return switch (radix) {
		case 4 -> 8.5;
		case 2 -> 5;
		case 3, 5 -> 10.5;
		default -> 20 * (4.0 * radix + 6);
		};
	}

	/** The operations of one transform of length n by the passes of {@link #factors}: what padding sizes are chosen by. */
	public static double cost(int n) {
		return n * factors(n).stream().mapToDouble(FftLengths::passCost).sum();
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
	 * {@code forwardPadded}), and the inverse that keeps only the first half a last one ({@code inverseToFirstHalf}).
	 */
	public static List<Integer> factors(int n) {
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
}
