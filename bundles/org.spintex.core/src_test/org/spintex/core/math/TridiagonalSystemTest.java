package org.spintex.core.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class TridiagonalSystemTest {

	@Test
	void discreteLaplacianWithKnownSolution() {
		// −x[i−1] + 2x[i] − x[i+1] = 0 with x[−1] = 0, x[n] = n+1 is solved by x[i] = i + 1
		int n = 50;
		double[] a = new double[n], b = new double[n], c = new double[n], d = new double[n];
		for (int i = 0; i < n; i++) {
			a[i] = -1;
			b[i] = 2;
			c[i] = -1;
		}
		d[n - 1] = n + 1;
		double[] x = TridiagonalSystem.solve(a, b, c, d);
		for (int i = 0; i < n; i++) {
			assertEquals(i + 1, x[i], 1e-11);
		}
	}

	@Test
	void randomDominantSystemHasNoResidual() {
		SplittableRandom random = new SplittableRandom(7);
		int n = 200;
		double[] a = new double[n], b = new double[n], c = new double[n], d = new double[n];
		for (int i = 0; i < n; i++) {
			a[i] = random.nextDouble(-1, 1);
			c[i] = random.nextDouble(-1, 1);
			b[i] = 2.5 + random.nextDouble();
			d[i] = random.nextDouble(-10, 10);
		}
		double[] x = TridiagonalSystem.solve(a, b, c, d);
		double[] residual = new double[n];
		for (int i = 0; i < n; i++) {
			double ax = b[i] * x[i] + (i > 0 ? a[i] * x[i - 1] : 0) + (i < n - 1 ? c[i] * x[i + 1] : 0);
			residual[i] = ax - d[i];
		}
		assertArrayEquals(new double[n], residual, 1e-12);
	}
}
