package org.spintex.engine.drag.statics;

import java.util.function.DoubleUnaryOperator;

import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;

/**
 * ∫₀^R f(r) dr over a profile's support by iterated Gauss–Legendre quadrature (Hipparchus). The
 * nodes avoid the end points, where integrands like sin²θ/r are 0/0 but finite.
 */
final class RadialQuadrature {

	private static final double RELATIVE_ACCURACY = 1e-13;
	private static final int MAX_EVALUATIONS = 10_000_000;

	private RadialQuadrature() {
	}

	static double integrate(RadialProfile profile, DoubleUnaryOperator integrand) {
		double support = profile.supportRadiusMetre();
		IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(16, RELATIVE_ACCURACY, 0);
		// integrate in the dimensionless s = r/R so that the absolute accuracy needs no scale
		return support * integrator.integrate(MAX_EVALUATIONS, s -> integrand.applyAsDouble(s * support), 0, 1);
	}
}
