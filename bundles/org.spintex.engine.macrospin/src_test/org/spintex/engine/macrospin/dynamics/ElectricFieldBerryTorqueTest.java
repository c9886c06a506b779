package org.spintex.engine.macrospin.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.engine.llg.study.MicromagneticSystem;
import org.spintex.engine.macrospin.berry.GyromagneticRatio;
import org.spintex.engine.macrospin.torque.ElectricFieldBerryTorque;
import org.spintex.input.AnisotropyInput;

/** Seed 003 eqs. (2.28)–(2.29): the electric field's corrections to γ and η on a perpendicular macrospin. */
class ElectricFieldBerryTorqueTest {

	private static final double K = 1e5;
	private static final double BK = 2 * K / Macrospins.MS;

	private static List<MacrospinTrajectory.Point> run(double alpha, double gyromagnetic, double damping, double cone, double duration,
			double every) {
		MicromagneticSystem system = Macrospins.system(alpha, List.of(new AnisotropyInput(org.spintex.input.AnisotropyKind.UNIAXIAL, K, Vector3.UNIT_Z)), List.of());
		system.equation().add(new ElectricFieldBerryTorque(system.equation(), gyromagnetic, damping));
		return Macrospins.run(system, GyromagneticRatio.UNRENORMALISED, List.of(), List.of(), Macrospins.polar(cone, 0), duration, every);
	}

	@Test
	void gyromagneticCorrectionSlowsThePrecessionByOneMinusGammaOverGammaE() {
		double r = 0.15, cone = 0.2;
		double period = 2 * Math.PI / (Macrospins.GAMMA * (1 - r) * BK * Math.cos(cone));
		List<MacrospinTrajectory.Point> points = run(0, r, 0, cone, period, period / 4);
		MacrospinTrajectory.Point end = points.get(points.size() - 1);
		assertEquals(Math.sin(cone), end.mx(), 1e-7);
		assertEquals(0, end.my(), 1e-7);
	}

	@Test
	void dampingCorrectionAddsToTheGilbertDampingAndCanUndoIt() {
		// in the uniaxial field B_K m_z ẑ the cone closes as θ̇ = −a sin θ cos θ, tan θ = tan θ₀ e^{−at}, with
		// a = γB_K(α/(1 + α²) + α_E): the Landau–Lifshitz damping and the correction
		double cone = 0.05, t = 2e-9, alpha = 0.01, alphaE = 0.02;
		List<MacrospinTrajectory.Point> damped = run(alpha, 0, alphaE, cone, t, t);
		double a = Macrospins.GAMMA * BK * (alpha / (1 + alpha * alpha) + alphaE);
		double theta = Math.acos(damped.get(damped.size() - 1).mz());
		assertEquals(Math.atan(Math.tan(cone) * Math.exp(-a * t)), theta, 1e-5 * cone);
		// α + α_E < 0: the damping tensor is negative definite, the magnet climbs its energy from the easy axis to the
		// hard plane (the easy-hard switching of seed 003 sec. 2.2)
		List<MacrospinTrajectory.Point> switched = run(0.01, 0, -0.03, cone, 20e-9, 1e-9);
		assertEquals(0, switched.get(switched.size() - 1).mz(), 1e-3);
	}
}
