package org.spintex.engine.macrospin.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.engine.llg.study.MicromagneticSystem;
import org.spintex.engine.llg.term.FieldTerm;
import org.spintex.engine.macrospin.berry.EdgeStateGyromagneticRatio;
import org.spintex.engine.macrospin.berry.GyromagneticRatio;
import org.spintex.engine.macrospin.field.EdgeStateElectricField;
import org.spintex.input.AnisotropyInput;

/**
 * Seed 003 sec. 2.4: a 1D ferromagnet along x (easy axis ε_uni = −K m_x²) on the edge of a 2D topological insulator.
 * Angles about y as in eq. (2.39): m = (sin θ sin φ, cos θ, sin θ cos φ).
 */
class EdgeStateDynamicsTest {

	private static final double K = 1e5;
	private static final double BK = 2 * K / Macrospins.MS;

	private static double[] aboutY(double theta, double phi) {
		return new double[] { Math.sin(theta) * Math.sin(phi), Math.cos(theta), Math.sin(theta) * Math.cos(phi) };
	}

	@Test
	void edgeStatesSlowThePrecessionByOnePlusAlphaOverPi() {
		// small cone about the easy axis x: ω = γ_f B_K/(1 + κ) (eq. (2.40))
		EdgeStateGyromagneticRatio gamma = new EdgeStateGyromagneticRatio(0.25);
		double period = 2 * Math.PI * (1 + 0.25) / (Macrospins.GAMMA * BK * Math.cos(0.01));
		List<MacrospinTrajectory.Point> points = Macrospins.run(Macrospins.system(0, List.of(new AnisotropyInput(org.spintex.input.AnisotropyKind.UNIAXIAL, K,
				Vector3.UNIT_X)), List.of()), gamma, List.of(), List.of(), new double[] { Math.cos(0.01), Math.sin(0.01), 0 }, period,
				period / 4);
		MacrospinTrajectory.Point end = points.get(points.size() - 1);
		assertEquals(Math.sin(0.01), end.my(), 1e-7);
		assertEquals(0, end.mz(), 1e-7);
	}

	@Test
	void withoutElectricFieldTheYZPlaneDividesTheTwoEndStates() {
		// Fig. 2.6: from θ = π/4, φ = π/16 the damped magnet ends at +x, from φ = 31π/16 at −x
		for (double phi : new double[] { Math.PI / 16, 31 * Math.PI / 16 }) {
			List<MacrospinTrajectory.Point> points = Macrospins.run(Macrospins.system(0.2, List.of(new AnisotropyInput(org.spintex.input.AnisotropyKind.UNIAXIAL, K,
					Vector3.UNIT_X)), List.of()), GyromagneticRatio.UNRENORMALISED, List.of(), List.of(), aboutY(Math.PI / 4, phi), 5e-9, 1e-9);
			assertEquals(Math.signum(Math.sin(phi)), points.get(points.size() - 1).mx(), 1e-6);
		}
	}

	@Test
	void electricWorkCountsTheTurnsAboutY() {
		// an easy plane x–z (K_ti < 0 along y, eq. (2.44)) and the edge field drive m round y; with the damping balanced the
		// work done on the magnet is 2π|b| M_s V per turn (eq. (2.42)), whatever the speed
		MicromagneticSystem system = Macrospins.system(0.01, List.of(new AnisotropyInput(org.spintex.input.AnisotropyKind.UNIAXIAL, -K, Vector3.UNIT_Y)), List.of());
		// the damping-limited rotation, φ̇ ≈ γb/α, tilts m out of the plane by cos θ sin²θ ≈ b/(2αB_K): well below the
		// largest tilt 2/(3√3), beyond which the field would carry m into the singular point −ŷ
		double b = 0.002 * BK;
		EdgeStateElectricField field = new EdgeStateElectricField(b);
		List<MacrospinTrajectory.Point> points = Macrospins.run(system, GyromagneticRatio.UNRENORMALISED, List.of(field),
				List.<FieldTerm>of(field), aboutY(Math.PI / 2 - 0.1, 0), 10e-9, 0.01e-9);
		double turns = 0, previous = 0;
		for (MacrospinTrajectory.Point p : points) {
			double phi = Math.atan2(p.mx(), p.mz());
			double step = phi - previous;
			turns += (step > Math.PI ? step - 2 * Math.PI : step < -Math.PI ? step + 2 * Math.PI : step) / (2 * Math.PI);
			previous = phi;
		}
		MacrospinTrajectory.Point end = points.get(points.size() - 1);
		double moment = Macrospins.MS * 100e-9 * 20e-9 * Macrospins.THICKNESS;
		assertEquals(2 * Math.PI * b * moment * turns, end.workJoule(), 1e-3 * Math.abs(2 * Math.PI * b * moment));
		assertTrue(Math.abs(turns) > 1, "turns " + turns);
	}
}
