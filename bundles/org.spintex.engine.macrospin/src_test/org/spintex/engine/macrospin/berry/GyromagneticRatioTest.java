package org.spintex.engine.macrospin.berry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.spintex.core.physics.PhysicalConstants;

/** Seed 003 eqs. (2.32)–(2.34) and (2.40) in SI, against the paper's toy units γ_f = 2ma²/ħ (surface), 2ma/ħ (edge). */
class GyromagneticRatioTest {

	@Test
	void surfaceStatesRenormaliseThePolesByAlphaSquaredOverTwoPi() {
		double a = 0.5e-9, alpha = 1.3;
		// choose the moment per area so that γ_f = 2ma²/ħ, as in the paper's Fig. 2.3
		double gammaF = 1.7595e11, m = gammaF * PhysicalConstants.HBAR / (2 * a * a);
		SurfaceStateGyromagneticRatio g = SurfaceStateGyromagneticRatio.of(gammaF, alpha, m, a);
		assertEquals(1 / (1 + alpha * alpha / (2 * Math.PI)), g.factor(0, 0, 1), 1e-14);
		assertEquals(1 / (1 + alpha * alpha / (2 * Math.PI)), g.factor(0, 0, -2), 1e-14);
		assertEquals(1, g.factor(0.6, 0.8, 0), 1e-15);
		// eq. (2.34) at θ: 1/(1 + γ_f/γ_s(θ)), γ_s = 4πma²/(ħα²|cos θ|)
		double theta = 0.7, gammaS = 4 * Math.PI * m * a * a / (PhysicalConstants.HBAR * alpha * alpha * Math.abs(Math.cos(theta)));
		assertEquals(1 / (1 + gammaF / gammaS), g.factor(Math.sin(theta), 0, Math.cos(theta)), 1e-14);
		// sgn α: a negative exchange enhances γ instead
		assertEquals(1 / (1 - alpha * alpha / (2 * Math.PI)), SurfaceStateGyromagneticRatio.of(gammaF, -alpha, m, a).factor(0, 0, 1), 1e-14);
	}

	@Test
	void edgeStatesRenormaliseUniformlyByAlphaOverPi() {
		double a = 0.4e-9, alpha = 0.8, gammaF = 1.7595e11;
		double m = gammaF * PhysicalConstants.HBAR / (2 * a);
		EdgeStateGyromagneticRatio g = EdgeStateGyromagneticRatio.of(gammaF, alpha, m, a);
		assertEquals(1 / (1 + alpha / Math.PI), g.factor(0, 1, 0), 1e-14);
		assertEquals(g.factor(0, 1, 0), g.factor(0.3, 0.4, 0.866), 0);
	}
}
