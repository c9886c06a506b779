package org.spintex.engine.llg.term;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.spintex.engine.llg.fft.VectorSupportProbe;

/**
 * The exchange Laplacian on SIMD registers against the plain loop it stands for: bit for bit, on single layers and
 * on films of several layers, over runs of cells that do not fill whole registers — so a run's field does not depend
 * on whether the JVM offers the Vector API.
 */
class VectorLaplacianTest {

	@Test
	void theSimdLaplacianIsTheScalarOneBitForBit() {
		Random random = new Random(5);
		int nx = 37, ny = 9, nz = 4;
		double[] m = new double[nx * ny * nz];
		for (int c = 0; c < m.length; c++) {
			m[c] = random.nextGaussian();
		}
		double pre = 2 * 13e-12 / 800e3, wx = 1 / 16e-18, wy = 1 / 9e-18, wz = 1 / 4e-18;
		for (int nxy : new int[] { 0, nx * ny }) {
			// the inner cells of row (j, k) = (4, 2): from its second to its last but one cell, 35 cells
			int base = nx * (4 + ny * 2);
			for (int end = base + 2; end <= base + nx - 1; end++) {
				double[] scalar = new double[m.length], simd = new double[m.length];
				java.util.Arrays.fill(scalar, 0.25);
				java.util.Arrays.fill(simd, 0.25);
				ExchangeField.laplacian(m, scalar, base + 1, end, nx, nxy, pre, wx, wy, wz);
				VectorLaplacian.add(m, simd, base + 1, end, nx, nxy, pre, wx, wy, wz);
				assertArrayEquals(scalar, simd, 0, "nxy = " + nxy + ", cells " + (base + 1) + " to " + end);
			}
		}
	}

	@Test
	void theTestsRunTheSimdKernel() {
		// the build starts test JVMs with --add-modules jdk.incubator.vector, as the spintex launcher does
		assertTrue(VectorSupportProbe.available());
	}
}
