package org.spintex.core.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spintex.core.parallel.CellLoops;

class GaussKronrodTest {

	@Test
	void polynomialsUpToDegree22AreIntegratedByOneRule() {
		// the 15-point Kronrod rule is exact to degree 3·7 + 1 = 22: ∫_0^1 x^k dx = 1/(k + 1)
		GaussKronrod quadrature = new GaussKronrod(1e-14, 0, 1, CellLoops.sequential());
		GaussKronrod.Result result = quadrature.integrate((x, v) -> {
			for (int k = 0; k <= 22; k++) {
				v[k] = Math.pow(x, k);
			}
		}, 23, 0, 1);
		for (int k = 0; k <= 22; k++) {
			assertEquals(1.0 / (k + 1), result.integral()[k], 1e-15);
		}
		assertEquals(15, result.evaluations());
	}

	@Test
	void aLorentzianPeakConvergesToTheArctangent() {
		// ∫_{−1}^{1} η/(x² + η²) dx = 2 arctan(1/η): sharp for small η, so the rule must subdivide
		double eta = 1e-4;
		GaussKronrod quadrature = new GaussKronrod(1e-12, 1e-12, 10_000, CellLoops.sequential());
		GaussKronrod.Result result = quadrature.integrate((x, v) -> v[0] = eta / (x * x + eta * eta), 1, -1, 1);
		assertTrue(result.converged());
		assertEquals(2 * Math.atan(1 / eta), result.integral()[0], 1e-10);
	}

	@Test
	void aStepAtABreakPointIsIntegratedExactly() {
		// the Fermi function at T = 0: ∫_{−2}^{2} θ(0.3 − x) cos x dx = sin 0.3 + sin 2
		GaussKronrod quadrature = new GaussKronrod(1e-14, 0, 100, CellLoops.sequential());
		GaussKronrod.Result result = quadrature.integrate((x, v) -> v[0] = x < 0.3 ? Math.cos(x) : 0, 1, -2, 2, 0.3);
		assertEquals(Math.sin(0.3) + Math.sin(2), result.integral()[0], 1e-14);
		assertTrue(result.converged() && result.intervals() <= 4, "the break point removes the step: " + result.intervals() + " intervals");
	}

	@Test
	void theResultDoesNotDependOnTheThreadCount() {
		GaussKronrod.Integrand f = (x, v) -> {
			v[0] = Math.exp(-x * x) / (1 + 100 * x * x);
			v[1] = Math.sqrt(Math.abs(x));
		};
		double[][] results = new double[2][];
		for (int threads = 1; threads <= 2; threads++) {
			try (CellLoops loops = new CellLoops(threads)) {
				results[threads - 1] = new GaussKronrod(1e-13, 1e-13, 10_000, loops).integrate(f, 2, -3, 3).integral();
			}
		}
		assertArrayEquals(results[0], results[1]);
		// ∫_{−3}^{3} √|x| dx = (4/3)·3^{3/2}
		assertEquals(4.0 / 3 * Math.pow(3, 1.5), results[0][1], 1e-11);
	}
}
