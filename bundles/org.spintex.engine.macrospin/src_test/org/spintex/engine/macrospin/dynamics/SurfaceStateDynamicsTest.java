package org.spintex.engine.macrospin.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.engine.llg.study.MicromagneticSystem;
import org.spintex.engine.macrospin.berry.SurfaceStateGyromagneticRatio;
import org.spintex.engine.macrospin.field.MagnetoelectricField;
import org.spintex.input.AnisotropyInput;

/**
 * Seed 003 sec. 2.3: a ferromagnet on a 3D topological insulator. The surface anisotropy −J₀m_z² (eq. (2.35)) is a
 * uniaxial K along z with B_K = 2K/M_s; the electric field adds the hemisphere-wise field of eq. (2.36).
 */
class SurfaceStateDynamicsTest {

	private static final double K = 2e5;
	private static final double BK = 2 * K / Macrospins.MS;

	private static MicromagneticSystem magnet(double alpha) {
		return Macrospins.system(alpha, List.of(new AnisotropyInput(org.spintex.input.AnisotropyKind.UNIAXIAL, K, Vector3.UNIT_Z)), List.of());
	}

	@Test
	void precessesAlongEqualEnergyLinesAtTheRenormalisedRate() {
		// without damping θ stays and φ turns at γ(θ)B_K cos θ (eqs. (2.15), (2.34))
		SurfaceStateGyromagneticRatio gamma = new SurfaceStateGyromagneticRatio(0.8);
		for (double theta : new double[] { 0.3, 1.1 }) {
			double omega = Macrospins.GAMMA * gamma.factor(0, Math.sin(theta), Math.cos(theta)) * BK * Math.cos(theta);
			double period = 2 * Math.PI / omega;
			List<MacrospinTrajectory.Point> points = Macrospins.run(magnet(0), gamma, List.of(), List.of(),
					Macrospins.polar(theta, 0), period, period / 8);
			MacrospinTrajectory.Point end = points.get(points.size() - 1);
			assertEquals(Math.sin(theta), end.mx(), 1e-6);
			assertEquals(0, end.my(), 1e-6);
			// a quarter period: along +y or −y by the sense of precession about the field
			MacrospinTrajectory.Point quarter = points.get(2);
			assertEquals(Math.sin(theta), Math.abs(quarter.my()), 1e-6);
			points.forEach(p -> assertEquals(points.get(0).energyJoule(), p.energyJoule(), 1e-9 * Math.abs(points.get(0).energyJoule())));
		}
	}

	/**
	 * Eq. (2.26) with η = α/γ_f kept the ferromagnet's own (the gapped surface states add nothing to it, text after
	 * eq. (2.35)): in the uniaxial field B_K m_z ẑ it reads, in polar angles, θ̇ = −γα' B_K sin θ cos θ/(1 + α'²) with
	 * γ = γ_f/(1 + κ|cos θ|) and α' = γη = α/(1 + κ|cos θ|). Integrated here by classical RK4 from a damped start
	 * 0.9 rad from the south pole; a rate that scaled the whole LLG equation by γ/γ_f would reach the pole about
	 * (1 + κ) times too fast (0.03 rad from it instead of 0.2 rad after 0.84 ns at B_K = 0.5 T).
	 */
	@Test
	void dampingNearThePoleIsTheFerromagnetsOwnGilbertDamping() {
		double alpha = 0.13, kappa = 1.5, theta0 = Math.PI - 0.9, duration = 0.84e-9;
		List<MacrospinTrajectory.Point> points = Macrospins.run(magnet(alpha), new SurfaceStateGyromagneticRatio(kappa), List.of(),
				List.of(), Macrospins.polar(theta0, 0.4), duration, duration / 12);
		double theta = theta0, t = 0;
		for (MacrospinTrajectory.Point p : points.subList(1, points.size())) {
			// steps of about 1 fs up to the output time
			int steps = (int) Math.ceil((p.timeSecond() - t) / 1e-15);
			double h = (p.timeSecond() - t) / steps;
			for (int n = 0; n < steps; n++) {
				theta = rk4Step(theta, h, alpha, kappa);
			}
			t = p.timeSecond();
			assertEquals(theta, Math.acos(p.mz()), 1e-6, "θ at t = " + t);
		}
		assertEquals(duration, t, 1e-20);
		assertEquals(0.274, Math.PI - theta, 0.002, "still 0.27 rad from the pole after 0.84 ns at B_K = 0.4 T");
	}

	private static double rk4Step(double theta, double h, double alpha, double kappa) {
		double k1 = polarRate(theta, alpha, kappa);
		double k2 = polarRate(theta + h / 2 * k1, alpha, kappa);
		double k3 = polarRate(theta + h / 2 * k2, alpha, kappa);
		double k4 = polarRate(theta + h * k3, alpha, kappa);
		return theta + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
	}

	private static double polarRate(double theta, double alpha, double kappa) {
		double renormalisation = 1 / (1 + kappa * Math.abs(Math.cos(theta)));
		double gamma = Macrospins.GAMMA * renormalisation, damping = alpha * renormalisation;
		return -gamma * damping / (1 + damping * damping) * BK * Math.sin(theta) * Math.cos(theta);
	}

	@Test
	void electricFieldShiftsTheMinimaOfTheTwoHemispheresApart() {
		// G_N/S = −K m_z² ± M_s b m_x: the minima sit at m_x = ∓b/B_K (eq. (2.37))
		double b = 0.3 * BK;
		for (int hemisphere : new int[] { 1, -1 }) {
			MicromagneticSystem system = magnet(0.5);
			List<MacrospinTrajectory.Point> points = Macrospins.run(system, new SurfaceStateGyromagneticRatio(0.3),
					List.of(new MagnetoelectricField(system.magnet(), b)), List.of(), Macrospins.polar(hemisphere > 0 ? 0.2 : Math.PI - 0.2, 1),
					5e-9, 1e-9);
			MacrospinTrajectory.Point end = points.get(points.size() - 1);
			assertEquals(-hemisphere * b / BK, end.mx(), 1e-6);
			assertEquals(0, end.my(), 1e-6);
		}
	}

	@Test
	void halfTheEquatorAttractsWhatLiesBetweenTheCriticalTrajectories() {
		// without damping a start with G_N > −M_s b (north) flows onto the half equator m_y > 0; below, it keeps precessing
		// about the shifted minimum on its energy line
		double b = 0.2 * BK;
		for (double[] start : new double[][] { { 0.25, 0.3 }, { 0.6, 2.0 }, { 1.2, 4.0 }, { 0.9, 5.5 } }) {
			MicromagneticSystem system = magnet(0);
			double[] m0 = Macrospins.polar(start[0], start[1]);
			double g = -K * m0[2] * m0[2] + Macrospins.MS * b * m0[0];
			List<MacrospinTrajectory.Point> points = Macrospins.run(system, new SurfaceStateGyromagneticRatio(0.5),
					List.of(new MagnetoelectricField(system.magnet(), b)), List.of(), m0, 20e-9, 0.5e-9);
			MacrospinTrajectory.Point end = points.get(points.size() - 1);
			if (g > -Macrospins.MS * b) {
				assertEquals(0, end.mz(), 2e-3, "start " + start[0] + ", " + start[1]);
				assertTrue(end.my() > 0, "ends on the attracting half, m_y " + end.my());
			} else {
				assertTrue(end.mz() > 0.3, "keeps precessing in the north, m_z " + end.mz());
				double ge = -K * end.mz() * end.mz() + Macrospins.MS * b * end.mx();
				assertEquals(g, ge, 1e-6 * K);
			}
		}
	}

	@Test
	void aStrongFieldSwitchesEveryStartToTheEquator() {
		// eE|α|/4πa > 2J₀m², i.e. b > B_K: no critical trajectory is left (easy axis → hard plane)
		double b = 1.2 * BK;
		for (double[] start : new double[][] { { 0.05, 0.3 }, { 0.6, 3.5 }, { 2.8, 1.0 }, { 3.1, 5.0 } }) {
			MicromagneticSystem system = magnet(0.02);
			List<MacrospinTrajectory.Point> points = Macrospins.run(system, new SurfaceStateGyromagneticRatio(0.5),
					List.of(new MagnetoelectricField(system.magnet(), b)), List.of(), Macrospins.polar(start[0], start[1]), 20e-9, 1e-9);
			MacrospinTrajectory.Point end = points.get(points.size() - 1);
			assertEquals(0, end.mz(), 2e-3, "start " + start[0] + ", " + start[1]);
			assertTrue(end.my() > 0, "m_y " + end.my());
		}
	}
}
