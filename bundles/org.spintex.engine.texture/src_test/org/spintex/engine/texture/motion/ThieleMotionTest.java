package org.spintex.engine.texture.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spintex.core.collective.ThieleTensors;
import org.spintex.core.results.RunControl;
import org.spintex.engine.texture.force.Force;

/**
 * The Thiele motion of seed 002 eqs. (88)–(90) against its closed-form solutions: gyration in a well,
 * depinning, edge-guided motion, and free thermal diffusion (seed 000 eq. (20)).
 */
class ThieleMotionTest {

	/** A Néel skyrmion of n_v = 1 in a 1 nm film of M_s = 580 kA/m: G = 4πsd, sD_xx ≈ 1.1 × 4πsd, α = 0.3. */
	private static final double S_D = 580e3 / 1.7595e11 * 1e-9;
	private static final double G = 4 * Math.PI * S_D;
	private static final double FRICTION = 1.1 * 4 * Math.PI * S_D;
	private static final double ALPHA = 0.3;
	private static final ThieleTensors SKYRMION = new ThieleTensors(ALPHA * FRICTION, 0, ALPHA * FRICTION, G);

	private static List<ThieleMotion.Row> run(ThieleMotion motion, double x0, double y0, double duration, double dt, double every) {
		List<ThieleMotion.Row> rows = new ArrayList<>();
		motion.run(x0, y0, duration, dt, every, rows::add, RunControl.NONE);
		return rows;
	}

	@Test
	void gyratesInAWellAtTheClosedFormRateAndFrequency() {
		double kappa = 1e-4;
		ThieleMotion motion = new ThieleMotion(SKYRMION, List.of(new HarmonicWell(0, 0, kappa)), Force.ZERO, 0, 1);
		double[] rates = ThieleClosedForms.wellGyration(kappa, ALPHA * FRICTION, G);
		double period = 2 * Math.PI / rates[1];
		List<ThieleMotion.Row> rows = run(motion, 10e-9, 0, 3 * period, period / 5000, period / 20);
		for (ThieleMotion.Row row : rows) {
			double t = row.timeSecond();
			double r = 10e-9 * Math.exp(-rates[0] * t);
			assertEquals(r * Math.cos(rates[1] * t), row.xMetre(), 1e-6 * 10e-9);
			assertEquals(r * Math.sin(rates[1] * t), row.yMetre(), 1e-6 * 10e-9);
			// energy balance without current: the well's energy goes into friction only
			assertEquals(rows.get(0).potentialJoule() - row.potentialJoule(), row.dissipatedJoule(), 1e-6 * rows.get(0).potentialJoule());
		}
	}

	@Test
	void withoutFrictionGyratesOnAnEquipotential() {
		ThieleTensors undamped = new ThieleTensors(0, 0, 0, G);
		ThieleMotion motion = new ThieleMotion(undamped, List.of(new HarmonicWell(0, 0, 1e-4)), Force.ZERO, 0, 1);
		double period = 2 * Math.PI * G / 1e-4;
		List<ThieleMotion.Row> rows = run(motion, 0, 5e-9, 5 * period, period / 4000, period / 10);
		double u0 = rows.get(0).potentialJoule();
		rows.forEach(r -> assertEquals(u0, r.potentialJoule(), 1e-7 * u0));
	}

	@Test
	void currentInAWellDisplacesTheCentreByForceOverStiffness() {
		double kappa = 2e-4;
		Force push = new Force(3e-13, -1e-13);
		ThieleMotion motion = new ThieleMotion(SKYRMION, List.of(new HarmonicWell(0, 0, kappa)), push, 0, 1);
		double[] rates = ThieleClosedForms.wellGyration(kappa, ALPHA * FRICTION, G);
		List<ThieleMotion.Row> rows = run(motion, 0, 0, 40 / rates[0], 0.01 / rates[1], 1 / rates[0]);
		ThieleMotion.Row last = rows.get(rows.size() - 1);
		assertEquals(push.xNewton() / kappa, last.xMetre(), 1e-9 * push.xNewton() / kappa + 1e-16);
		assertEquals(push.yNewton() / kappa, last.yMetre(), 1e-9 * push.xNewton() / kappa + 1e-16);
		// the current's work is stored in the well and dissipated
		assertEquals(last.currentWorkJoule(), last.potentialJoule() - rows.get(0).potentialJoule() + last.dissipatedJoule(),
				1e-6 * last.currentWorkJoule());
	}

	@Test
	void pinningSiteHoldsBelowTheCriticalDriftAndLetsGoAbove() {
		double beta = 0.1, radius = 5e-9, depth = 1e-19;
		PinningSite site = new PinningSite(0, 0, depth, radius);
		double critical = ThieleClosedForms.criticalDrift(site.maxForce(), G, FRICTION, beta);
		for (double factor : new double[] { 0.95, 1.05 }) {
			double u = factor * critical;
			// drift along +x: F = G ẑ × v_s + βsD v_s
			Force push = new Force(beta * FRICTION * u, G * u);
			// start where the site's force balances the push if it can (2U₀r/r_p² e^{−r²/r_p²} = |F| on r < r_p/√2),
			// else at the site's steepest point: the static threshold, free of the gyrating transient's overshoot
			double r = Math.min(equilibriumDistance(depth, radius, push.magnitude()), radius / Math.sqrt(2));
			double x0 = r * push.xNewton() / push.magnitude(), y0 = r * push.yNewton() / push.magnitude();
			ThieleMotion motion = new ThieleMotion(SKYRMION, List.of(site), push, 0, 1);
			double duration = 200 * radius / u;
			List<ThieleMotion.Row> rows = run(motion, x0, y0, duration, motion.suggestedTimeStep(duration), duration / 100);
			ThieleMotion.Row last = rows.get(rows.size() - 1);
			double distance = Math.hypot(last.xMetre(), last.yMetre());
			if (factor < 1) {
				assertEquals(r, distance, 1e-6 * radius);
				assertEquals(0, Math.hypot(last.vxMetrePerSecond(), last.vyMetrePerSecond()), 1e-6 * u);
			} else {
				assertTrue(distance > 20 * radius, "escaped only to " + distance);
			}
		}
	}

	/** The r < r_p/√2 where the site's restoring force is f, by bisection; infinity when f exceeds its largest. */
	private static double equilibriumDistance(double depth, double radius, double force) {
		double lo = 0, hi = radius / Math.sqrt(2);
		if (2 * depth * hi / (radius * radius) * Math.exp(-0.5) < force) {
			return Double.POSITIVE_INFINITY;
		}
		for (int i = 0; i < 200; i++) {
			double mid = 0.5 * (lo + hi);
			if (2 * depth * mid / (radius * radius) * Math.exp(-mid * mid / (radius * radius)) < force) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		return 0.5 * (lo + hi);
	}

	@Test
	void edgeGuidedSkyrmionRunsAtBetaOverAlphaTimesTheDrift() {
		double beta = 0.05, u = 20;
		TrackEdges edges = new TrackEdges(0, 40e-9, 1e-19, 2e-9);
		Force push = new Force(beta * FRICTION * u, G * u);
		ThieleMotion motion = new ThieleMotion(SKYRMION, List.of(edges), push, 0, 1);
		double duration = 20e-9;
		List<ThieleMotion.Row> rows = run(motion, 0, 20e-9, duration, motion.suggestedTimeStep(duration), duration / 50);
		ThieleMotion.Row last = rows.get(rows.size() - 1);
		assertEquals(ThieleClosedForms.edgeSpeed(ALPHA, beta, u), last.vxMetrePerSecond(), 1e-6 * u);
		assertEquals(0, last.vyMetrePerSecond(), 1e-6 * u);
		// held where the edge force balances G v − F_y = G(β/α)u − Gu
		assertEquals(edges.balancePoint(G * u - G * beta / ALPHA * u), last.yMetre(), 1e-3 * 2e-9);
	}

	@Test
	void freeThermalMotionDiffusesAtTheGyrotropicallySuppressedRate() {
		// seed 000 eq. (20): D = k_BT η/(η² + G²), from many independent paths
		double kT = 1.380649e-23 * 300;
		double expected = SKYRMION.diffusionConstant(kT);
		int paths = 3000;
		double duration = 1e-9, sum = 0, sumSquares = 0;
		for (int p = 0; p < paths; p++) {
			ThieleMotion motion = new ThieleMotion(SKYRMION, List.of(), Force.ZERO, kT, 1000 + p);
			ThieleMotion.Row last = motion.run(0, 0, duration, duration / 20, duration, r -> {
			}, RunControl.NONE);
			double estimate = (last.xMetre() * last.xMetre() + last.yMetre() * last.yMetre()) / (4 * duration);
			sum += estimate;
			sumSquares += estimate * estimate;
		}
		double mean = sum / paths;
		double error = Math.sqrt((sumSquares / paths - mean * mean) / (paths - 1));
		assertEquals(expected, mean, 4 * error);
		assertTrue(error < 0.05 * expected, "too few paths: error " + error / expected);
	}
}
