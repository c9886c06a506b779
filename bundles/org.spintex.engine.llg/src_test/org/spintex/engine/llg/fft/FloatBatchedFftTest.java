package org.spintex.engine.llg.fft;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spintex.engine.llg.fft.FloatBatchedFft.CHUNK;
import static org.spintex.engine.llg.fft.FloatBatchedFft.LANES;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The single-precision FFT (generated from the same template as {@link BatchedFft}) against the defining sums computed
 * in double from the same float inputs: its error is float rounding, growing like √(log n) per value of size √n — and
 * its SIMD and scalar kernels agree bit for bit, as the double ones do.
 */
class FloatBatchedFftTest {

	/** Every kind of pass: radix 4 and 2, 3 and 5 (first, in the middle, last), a plain DFT pass (7, 131). */
	private static final int[] LENGTHS = { 1, 2, 3, 4, 5, 6, 8, 9, 12, 15, 16, 25, 30, 45, 64, 90, 128, 131, 250, 252, 256, 270,
			320, 375, 2048 };
	/** Float's unit roundoff, 2^−24. */
	private static final double EPSILON = Math.ulp(1f) / 2;

	private static float[] randomData(int n, long seed) {
		Random random = new Random(seed);
		float[] data = new float[n * CHUNK];
		for (int i = 0; i < data.length; i++) {
			data[i] = (float) random.nextGaussian();
		}
		return data;
	}

	/** X_k = Σ_j x_j e^{∓2πi jk/n}, lane by lane, in double. */
	private static double[] dft(float[] x, int n, int sign) {
		double[] out = new double[x.length];
		for (int k = 0; k < n; k++) {
			for (int lane = 0; lane < LANES; lane++) {
				double re = 0, im = 0;
				for (int j = 0; j < n; j++) {
					double angle = sign * 2 * Math.PI * ((long) j * k % n) / n;
					int at = j * CHUNK + lane;
					re += x[at] * Math.cos(angle) - x[at + LANES] * Math.sin(angle);
					im += x[at] * Math.sin(angle) + x[at + LANES] * Math.cos(angle);
				}
				out[k * CHUNK + lane] = re;
				out[k * CHUNK + lane + LANES] = im;
			}
		}
		return out;
	}

	private static List<FloatButterflies> kernels() {
		return List.of(new FloatScalarButterflies(), FloatButterflies.fastest());
	}

	@Test
	void forwardAndInverseAreTheDiscreteFourierSumsToFloatRounding() {
		for (int n : LENGTHS) {
			float[] x = randomData(n, n);
			for (int sign : new int[] { -1, +1 }) {
				double[] exact = dft(x, n, sign);
				// a few roundings per pass on values of size √n; ten times the expected growth
				double tolerance = 10 * EPSILON * Math.sqrt(n) * (1 + Math.log(n) / Math.log(2));
				for (FloatButterflies kernel : kernels()) {
					float[] y = x.clone();
					new FloatBatchedFft(n, kernel).transform(y, 0, 1, new float[x.length], 0, sign > 0);
					double worst = 0;
					for (int i = 0; i < y.length; i++) {
						worst = Math.max(worst, Math.abs(y[i] - exact[i]));
					}
					String what = (sign < 0 ? "forward" : "inverse") + ", n = " + n + ", " + kernel.getClass().getSimpleName();
					assertTrue(worst <= tolerance, what + ": error " + worst + " > " + tolerance);
				}
			}
		}
	}

	@Test
	void theSimdKernelsGiveBitIdenticalTransforms() {
		for (int n : LENGTHS) {
			float[] x = randomData(n, 3 * n);
			float[] scalar = x.clone(), simd = x.clone(), work = new float[x.length];
			new FloatBatchedFft(n, new FloatScalarButterflies()).transform(scalar, 0, 1, work, 0, false);
			new FloatBatchedFft(n, FloatButterflies.fastest()).transform(simd, 0, 1, work, 0, false);
			assertArrayEquals(scalar, simd, 0, "n = " + n);
		}
	}

	@Test
	void paddedTransformsSkipTheZerosAndKeepTheResultBitForBit() {
		for (int n : LENGTHS) {
			if (n % 2 != 0) {
				continue;
			}
			for (FloatButterflies kernel : kernels()) {
				FloatBatchedFft fft = new FloatBatchedFft(n, kernel);
				int half = n / 2 * CHUNK;
				float[] x = randomData(n, 11 * n);
				Arrays.fill(x, half, x.length, 0);
				float[] full = x.clone(), work = new float[x.length], padded = new float[x.length];
				fft.transform(full, 0, 1, work, 0, false);
				fft.forwardPadded(Arrays.copyOf(x, half), 0, padded, 0, 1, work, 0);
				assertArrayEquals(full, padded, 0, "forward, n = " + n);
				float[] spectrum = randomData(n, 13 * n), inverse = spectrum.clone(), firstHalf = new float[half];
				fft.transform(inverse, 0, 1, work, 0, true);
				fft.inverseToFirstHalf(spectrum, 0, firstHalf, 0, 1, work, 0);
				assertArrayEquals(Arrays.copyOf(inverse, half), firstHalf, 0, "inverse, n = " + n);
			}
		}
	}

	@Test
	void aRegisterHoldsEightFloatSequencesAndTheTestsRunTheSimdKernels() {
		assertEquals(8, LANES);
		assertEquals(2 * BatchedFft.LANES, LANES, "twice the sequences of the double transform per 256-bit register");
		assertInstanceOf(FloatVectorButterflies.class, FloatButterflies.fastest());
	}
}
