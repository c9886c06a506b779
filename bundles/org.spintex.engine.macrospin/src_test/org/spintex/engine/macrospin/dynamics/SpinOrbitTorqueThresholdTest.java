package org.spintex.engine.macrospin.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.core.physics.PhysicalConstants;
import org.spintex.engine.macrospin.berry.GyromagneticRatio;
import org.spintex.input.AnisotropyInput;
import org.spintex.input.CurrentInput;
import org.spintex.input.FilmEdge;
import org.spintex.input.ZhangLiConvention;

/**
 * Seed 003 eqs. (2.1)–(2.2): the damping-like torque m × (m × σ) of a spin Hall current, σ = ĵ × ẑ = −ŷ for a current
 * along x in the metal underneath, and the field-like torque m × σ.
 */
class SpinOrbitTorqueThresholdTest {

	private static final double K = 1e5;
	private static final double BK = 2 * K / Macrospins.MS;
	private static final double ALPHA = 0.05;
	private static final double THETA_SH = 0.1;

	/** The current density whose damping-like field ħθJ/(2eM_s d) is {@code bDL}. */
	private static double currentDensity(double bDL) {
		return bDL * 2 * PhysicalConstants.ELEMENTARY_CHARGE * Macrospins.MS * Macrospins.THICKNESS / (PhysicalConstants.HBAR * THETA_SH);
	}

	private static MacrospinTrajectory.Point end(Vector3 easyAxis, double bDL, double fieldLikeRatio, double[] m0, double duration) {
		CurrentInput current = new CurrentInput("heavy-metal", new Vector3(currentDensity(bDL), 0, 0), 0, 0, ZhangLiConvention.MUMAX, THETA_SH,
				fieldLikeRatio, 0, Double.POSITIVE_INFINITY, FilmEdge.WEST, false);
		List<MacrospinTrajectory.Point> points = Macrospins.run(Macrospins.system(ALPHA, List.of(new AnisotropyInput(org.spintex.input.AnisotropyKind.UNIAXIAL, K, easyAxis)),
				List.of(current)), GyromagneticRatio.UNRENORMALISED, List.of(), List.of(), m0, duration, duration / 10);
		return points.get(points.size() - 1);
	}

	@Test
	void dampingLikeTorqueReversesTheAntiparallelStateAboveAlphaTimesTheAnisotropyField() {
		// linearised about m = +ŷ (antiparallel to σ): the torque grows a tilt at γB_DL, the damping shrinks it at γαB_K
		double[] nearlyUp = { 0.02, Math.sqrt(1 - 0.02 * 0.02), 0 };
		assertTrue(end(Vector3.UNIT_Y, 0.9 * ALPHA * BK, 0, nearlyUp, 20e-9).my() > 0.999, "stays below threshold");
		assertTrue(end(Vector3.UNIT_Y, 1.1 * ALPHA * BK, 0, nearlyUp, 20e-9).my() < -0.999, "switches above threshold");
	}

	@Test
	void fieldLikeTorqueTiltsAPerpendicularMagnetLikeAFieldAlongSigma() {
		// B_FL = r B_DL along σ = −ŷ tilts m from ẑ by B_FL/B_K; the small damping-like part moves it by B_DL/B_K across
		double bDL = 1e-4 * BK, ratio = 1000;
		MacrospinTrajectory.Point end = end(Vector3.UNIT_Z, bDL, ratio, new double[] { 0, 0, 1 }, 20e-9);
		assertEquals(-ratio * bDL / BK, end.my(), 2e-4);
		assertEquals(0, end.mx(), 2e-4);
	}
}
