package org.spintex.engine.llg.fft;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.spintex.engine.llg.fft.BatchedFft.CHUNK;
import static org.spintex.engine.llg.fft.BatchedFft.LANES;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BatchedFftTest {

	/** Powers of two (radix 4 and 2), the padded sizes of odd meshes (2·5³), odd primes, and a large prime. */
	/** Every kind of pass: radix 4 and 2, 3 and 5 (first, in the middle, last), a plain DFT pass (7, 131). */
	private static final int[] LENGTHS = { 1, 2, 3, 4, 5, 6, 8, 9, 12, 15, 16, 25, 30, 45, 64, 90, 100, 128, 131, 250, 256, 270,
			288, 320, 375, 2048 };

	private static double[] randomData(int n, int run, long seed) {
		Random random = new Random(seed);
		double[] data = new double[n * run * CHUNK];
		for (int i = 0; i < data.length; i++) {
			data[i] = random.nextGaussian();
		}
		return data;
	}

	/** The defining sum X_k = Σ_j x_j e^{∓2πi jk/n}, lane by lane, in long-double-free plain double arithmetic. */
	private static double[] dft(double[] x, int n, int run, int sign) {
		double[] out = new double[x.length];
		for (int k = 0; k < n; k++) {
			for (int r = 0; r < run; r++) {
				for (int lane = 0; lane < LANES; lane++) {
					double re = 0, im = 0;
					for (int j = 0; j < n; j++) {
						double angle = sign * 2 * Math.PI * ((long) j * k % n) / n;
						int at = (j * run + r) * CHUNK + lane;
						re += x[at] * Math.cos(angle) - x[at + LANES] * Math.sin(angle);
						im += x[at] * Math.sin(angle) + x[at + LANES] * Math.cos(angle);
					}
					int at = (k * run + r) * CHUNK + lane;
					out[at] = re;
					out[at + LANES] = im;
				}
			}
		}
		return out;
	}

	private static List<Butterflies> kernels() {
		return List.of(new ScalarButterflies(), Butterflies.fastest());
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 3 })
	void forwardAndInverseAreTheDiscreteFourierSums(int run) {
		for (int n : LENGTHS) {
			if (n == 2048 && run > 1) {
				continue;
			}
			double[] x = randomData(n, run, n);
			double[] forward = dft(x, n, run, -1), inverse = dft(x, n, run, +1);
			// rounding grows like √(log n) per value of size √n
			double tolerance = 1e-13 * Math.sqrt(n) * Math.log(n + 1) + 1e-15;
			for (Butterflies kernel : kernels()) {
				BatchedFft fft = new BatchedFft(n, kernel);
				double[] work = new double[x.length];
				double[] y = x.clone();
				fft.transform(y, 0, run, work, 0, false);
				assertArrayEquals(forward, y, tolerance, () -> "forward, n = " + n + ", " + kernel.getClass().getSimpleName());
				y = x.clone();
				fft.transform(y, 0, run, work, 0, true);
				assertArrayEquals(inverse, y, tolerance, () -> "inverse, n = " + n + ", " + kernel.getClass().getSimpleName());
			}
		}
	}

	@Test
	void inverseOfForwardIsNTimesTheInputAndParsevalHolds() {
		for (int n : LENGTHS) {
			double[] x = randomData(n, 2, 7 * n);
			BatchedFft fft = new BatchedFft(n, Butterflies.fastest());
			// offsets inside larger arrays, as the demag spectra use them
			double[] data = new double[x.length + 3 * CHUNK], work = new double[x.length + 5];
			System.arraycopy(x, 0, data, 3 * CHUNK, x.length);
			fft.transform(data, 3 * CHUNK, 2, work, 5, false);
			double energyX = 0, energyK = 0;
			for (int i = 0; i < x.length; i++) {
				energyX += x[i] * x[i];
				energyK += data[3 * CHUNK + i] * data[3 * CHUNK + i];
			}
			assertEquals(energyX, energyK / n, 1e-12 * energyX, "Parseval, n = " + n);
			fft.transform(data, 3 * CHUNK, 2, work, 5, true);
			for (int i = 0; i < x.length; i++) {
				assertEquals(x[i], data[3 * CHUNK + i] / n, 1e-13 * Math.log(n + 1) + 1e-15, "n = " + n);
			}
		}
	}

	@Test
	void theSimdKernelsGiveBitIdenticalTransforms() {
		// the same operations in the same order: a run's results do not depend on the JVM's SIMD support
		for (int n : LENGTHS) {
			double[] x = randomData(n, 2, 3 * n);
			double[] scalar = x.clone(), simd = x.clone(), work = new double[x.length];
			new BatchedFft(n, new ScalarButterflies()).transform(scalar, 0, 2, work, 0, false);
			new BatchedFft(n, Butterflies.fastest()).transform(simd, 0, 2, work, 0, false);
			assertArrayEquals(scalar, simd, 0, "n = " + n);
		}
	}

	@Test
	void paddedTransformsSkipTheZerosAndKeepTheResultBitForBit() {
		// the forward transform of a sequence whose second half is zero, and the first half of an inverse,
		// as the demag convolution does them: identical to the full transforms, bit for bit
		for (int n : LENGTHS) {
			if (n % 2 != 0) {
				continue;
			}
			for (Butterflies kernel : kernels()) {
				BatchedFft fft = new BatchedFft(n, kernel);
				int run = 2, half = n / 2 * run * CHUNK;
				double[] x = randomData(n, run, 11 * n);
				Arrays.fill(x, half, x.length, 0);
				double[] full = x.clone(), work = new double[x.length];
				fft.transform(full, 0, run, work, 0, false);
				double[] padded = new double[x.length];
				fft.forwardPadded(Arrays.copyOf(x, half), 0, padded, 0, run, work, 0);
				assertArrayEquals(full, padded, 0, "forward, n = " + n);

				double[] spectrum = randomData(n, run, 13 * n), inverse = spectrum.clone();
				fft.transform(inverse, 0, run, work, 0, true);
				double[] firstHalf = new double[half];
				fft.inverseToFirstHalf(spectrum, 0, firstHalf, 0, run, work, 0);
				assertArrayEquals(Arrays.copyOf(inverse, half), firstHalf, 0, "inverse, n = " + n);
			}
		}
	}

	@Test
	void theTestsRunTheSimdKernels() {
		// the build starts test JVMs with --add-modules jdk.incubator.vector, as the spintex launcher does;
		// without it the comparisons above would only compare the scalar kernels with themselves
		assertInstanceOf(VectorButterflies.class, Butterflies.fastest());
	}

	@Test
	void lengthsFactorIntoRadixFourTwoAndOddPrimes() {
		assertEquals(List.of(4, 4, 4, 4, 4, 2), FftLengths.factors(2048));
		assertEquals(List.of(2, 5, 5, 5), FftLengths.factors(250));
		// a radix 4 or 2 first and last, where the padded transforms skip the zero half
		assertEquals(List.of(4, 3, 3, 4, 2), FftLengths.factors(288));
		assertEquals(List.of(2, 3, 3, 3, 5), FftLengths.factors(270));
		assertEquals(List.of(131), FftLengths.factors(131));
		assertEquals(List.of(4, 3, 3, 7), FftLengths.factors(252));
	}
}
