package org.spintex.engine.llg.demag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spintex.engine.llg.fft.BatchedFft.CHUNK;
import static org.spintex.engine.llg.fft.BatchedFft.LANES;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spintex.core.parallel.CellLoops;
import org.spintex.engine.llg.fft.FftLengths;

/**
 * The padded transform as the demag field uses it — x rows in, y/z columns with an operation between,
 * x rows out — checked on its defining property: a convolution with a unit impulse at displacement d
 * shifts the data by d, with zeros coming in across an open (padded) boundary and wrapping around a
 * periodic one, for paddings of exactly twice an axis and beyond it.
 */
class PaddedFftTest {

	@ParameterizedTest(name = "{0}×{1}×{2} cells, impulse at ({3}, {4}, {5}), periodic x: {6}, {7} threads")
	@CsvSource({
			"5, 7, 3, 1, -2, 1, false, 1",
			"5, 7, 3, -4, 6, -2, false, 2",
			"16, 17, 1, 3, 5, 0, false, 2",
			"1, 4, 2, 0, 1, -1, false, 1",
			"12, 3, 1, -5, 1, 0, true, 1",
			"9, 40, 2, 4, -1, 1, true, 2",
			// axes padded beyond twice their length (127 rows to 256), or to lengths with radix-3 and radix-5 passes
			// (3 layers to 6 = 2·3, 5 to 10 = 2·5, whose last pass is not radix 2 or 4; 129 columns to 320 = 4³·5)
			"5, 127, 3, -3, 100, 2, false, 2",
			"3, 5, 3, 2, -4, -2, false, 1",
			"4, 129, 5, 1, -120, 3, false, 2" })
	void aConvolutionWithAUnitImpulseShiftsTheData(int nx, int ny, int nz, int dx, int dy, int dz, boolean periodicX, int threads) {
		int px = periodicX ? nx : DemagKernel.padded(nx), py = DemagKernel.padded(ny), pz = DemagKernel.padded(nz);
		try (CellLoops loops = new CellLoops(threads)) {
			PaddedFft fft = new PaddedFft(px, py, pz, loops);
			double[] impulse = fft.newSpectrum(py, pz);
			fft.forward((j, k, row) -> {
				if (j == Math.floorMod(dy, py) && k == Math.floorMod(dz, pz)) {
					row[Math.floorMod(dx, px)] = 1;
				}
			}, impulse);

			Random random = new Random(nx * 31 + ny);
			double[] data = new double[nx * ny * nz];
			for (int c = 0; c < data.length; c++) {
				data[c] = random.nextGaussian();
			}
			double[] spectrum = fft.newSpectrum(ny, nz);
			fft.forwardRows(nx, ny, nz, (j, k, row) -> System.arraycopy(data, nx * (j + ny * k), row, 0, nx), spectrum);
			fft.convolveColumns(ny, nz, new double[][] { spectrum }, (block, columns) -> {
				double[] column = columns[0];
				int kernelBase = block * fft.chunksPerBlock() * CHUNK;
				for (int at = 0; at < fft.chunksPerBlock() * CHUNK; at += CHUNK) {
					for (int lane = at; lane < at + LANES; lane++) {
						double a = column[lane], b = column[lane + LANES], c = impulse[kernelBase + lane], d = impulse[kernelBase + lane + LANES];
						column[lane] = a * c - b * d;
						column[lane + LANES] = a * d + b * c;
					}
				}
			});
			double[] shifted = new double[data.length];
			fft.inverseRows(spectrum, nx, ny, nz, (j, k, row) -> System.arraycopy(row, 0, shifted, nx * (j + ny * k), nx));

			double cells = (double) px * py * pz;
			for (int k = 0; k < nz; k++) {
				for (int j = 0; j < ny; j++) {
					for (int i = 0; i < nx; i++) {
						int si = periodicX ? Math.floorMod(i - dx, nx) : i - dx, sj = j - dy, sk = k - dz;
						boolean inside = si >= 0 && si < nx && sj >= 0 && sj < ny && sk >= 0 && sk < nz;
						double expected = inside ? data[si + nx * (sj + ny * sk)] : 0;
						assertEquals(expected, shifted[i + nx * (j + ny * k)] / cells, 1e-13, "cell " + i + ", " + j + ", " + k);
					}
				}
			}
		}
	}

	/**
	 * The padded length of an open axis: at least 2n (any length ≥ 2n − 1 is exact), even, its prime factors 2, 3, 5, 7,
	 * and the cheapest such length up to 4n for the passes the FFT has — so a prime factor never costs a long DFT pass.
	 */
	@Test
	void anAxisIsPaddedToACheapSmoothLengthOfAtLeastTwiceItsCells() {
		assertEquals(1, DemagKernel.padded(1));
		assertEquals(128, DemagKernel.padded(64), "a power of two keeps 2n");
		assertEquals(256, DemagKernel.padded(127), "not 254 = 2·127");
		assertEquals(512, DemagKernel.padded(250), "not 500 = 4·5³");
		assertEquals(6, DemagKernel.padded(3), "2·3: the radix-3 pass has a kernel of its own");
		assertEquals(320, DemagKernel.padded(129), "4³·5, not 512");
		for (int n = 2; n <= 1100; n++) {
			int p = DemagKernel.padded(n);
			assertEquals(0, p % 2, "even for n = " + n);
			assertTrue(p >= 2 * n && p <= 4 * n && FftLengths.smooth(p),
					"n = " + n + ": " + p);
			// never dearer than the plain doubling
			assertTrue(FftLengths.cost(p) <= FftLengths.cost(2 * n) || !FftLengths.smooth(2 * n), "n = " + n);
		}
	}
}
