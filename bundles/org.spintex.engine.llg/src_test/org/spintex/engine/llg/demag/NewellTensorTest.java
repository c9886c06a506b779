package org.spintex.engine.llg.demag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NewellTensorTest {

	private static final double NM = 1e-9;

	@Test
	void aCubeHasOneThirdAlongEveryAxis() {
		// by cubic symmetry and the trace rule N_xx + N_yy + N_zz = 1 of a uniformly magnetised body
		double[] n = new NewellTensor(2 * NM, 2 * NM, 2 * NM).newell(0, 0, 0);
		assertEquals(1.0 / 3, n[0], 1e-13);
		assertEquals(1.0 / 3, n[1], 1e-13);
		assertEquals(1.0 / 3, n[2], 1e-13);
		assertEquals(0, n[3], 1e-13);
	}

	@Test
	void selfTermOfAFlatPrismHasTraceOneAndMatchesAharoni() {
		// µMAG standard problem 4 cells: 500/128 × 125/32 × 3 nm
		double dx = 500.0 / 128 * NM, dy = 125.0 / 32 * NM, dz = 3 * NM;
		double[] n = new NewellTensor(dx, dy, dz).newell(0, 0, 0);
		assertEquals(1, n[0] + n[1] + n[2], 1e-12);
		assertEquals(Aharoni.nzz(dx / 2, dy / 2, dz / 2), n[2], 1e-10, "Aharoni, J. Appl. Phys. 83, 3432 (1998), eq. (1)");
		assertEquals(Aharoni.nzz(dy / 2, dz / 2, dx / 2), n[0], 1e-10);
	}

	@Test
	void analyticAndDipoleFormsAgreeWhereBothAreAccurate() {
		NewellTensor tensor = new NewellTensor(4 * NM, 3 * NM, 2 * NM);
		double[][] displacements = { { 40, 0, 0 }, { 30, 28, 0 }, { 20, -36, 8 }, { -12, 24, 40 } };
		for (double[] d : displacements) {
			double[] near = tensor.newell(d[0] * NM, d[1] * NM, d[2] * NM);
			double[] far = tensor.farField(d[0] * NM, d[1] * NM, d[2] * NM);
			double scale = Math.abs(near[0]) + Math.abs(near[1]) + Math.abs(near[2]);
			for (int c = 0; c < 6; c++) {
				assertEquals(near[c], far[c], 2e-6 * scale, "component " + c + " at " + java.util.Arrays.toString(d));
			}
		}
	}

	@Test
	void offDiagonalComponentsHaveTheParityOfTheDipoleField() {
		NewellTensor tensor = new NewellTensor(3 * NM, 3 * NM, 3 * NM);
		double[] a = tensor.newell(6 * NM, 9 * NM, 3 * NM);
		double[] b = tensor.newell(-6 * NM, 9 * NM, 3 * NM);
		double[] c = tensor.newell(6 * NM, 9 * NM, -3 * NM);
		assertEquals(a[0], b[0], 1e-15);
		assertEquals(-a[3], b[3], 1e-15);
		assertEquals(-a[4], c[4], 1e-15);
		assertEquals(a[3], c[3], 1e-15);
		assertTrue(a[3] < 0, "two cells side by side along a diagonal in x-y attract: N_xy < 0");
	}
}
