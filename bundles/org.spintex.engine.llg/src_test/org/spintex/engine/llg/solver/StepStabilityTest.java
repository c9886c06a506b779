package org.spintex.engine.llg.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.spintex.core.physics.PhysicalConstants;
import org.spintex.engine.llg.Fixtures;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.term.BoundaryCondition;
import org.spintex.engine.llg.term.DemagField;
import org.spintex.engine.llg.term.ExchangeField;

/**
 * The stability limit of fixed-step integrators against closed forms of their stability polynomials, the precession
 * bounds against the operators they bound, and the limit against the integrator itself: a spin wave grows above it
 * and decays below.
 */
class StepStabilityTest {

	private static final double ALLOWANCE = 1 + 1e-12;

	@Test
	void stabilityRadiiMatchTheClosedFormsOfTheirPolynomials() {
		// RK4 on the imaginary axis: |R(iy)|² = 1 − y⁶/72 + y⁸/576, stable up to y = 2√2
		assertEquals(2 * Math.sqrt(2), StepStability.stabilityRadius(StepStability.RK4, 0, ALLOWANCE), 1e-4);
		// strong damping turns the ray towards the negative real axis: Heun's interval (−2, 0], RK4's (−2.7853, 0]
		assertEquals(2, StepStability.stabilityRadius(StepStability.HEUN, 1e4, ALLOWANCE), 1e-3);
		assertEquals(2.7853, StepStability.stabilityRadius(StepStability.RK4, 1e4, ALLOWANCE), 1e-3);
		// weak damping: z = −r(α + i) to first order in α, |R|² = 1 − 2αr + r⁴/4 + …, so Heun holds to r = 2α^{1/3}
		double alpha = 1e-4;
		assertEquals(2 * Math.cbrt(alpha), StepStability.stabilityRadius(StepStability.HEUN, alpha, ALLOWANCE),
				0.02 * 2 * Math.cbrt(alpha));
		// without damping |R(iy)| = √(1 + y⁴/4) ≈ 1 + y⁴/8: only the allowed growth ε = 1e-12 per step, up to y = (8ε)^{1/4}
		assertEquals(Math.pow(8e-12, 0.25), StepStability.stabilityRadius(StepStability.HEUN, 0, ALLOWANCE), 1e-6);
	}

	@Test
	void exchangeBoundIsTheCheckerboardModeOfTheLaplacian() {
		Mesh mesh = new Mesh(8, 8, 1, 2e-9, 3e-9, 1e-9, true, true);
		Magnet magnet = Fixtures.box(mesh, 800e3, 0.1);
		ExchangeField exchange = new ExchangeField(magnet, 13e-12, BoundaryCondition.neumann());
		// the checkerboard in x and y is an eigenvector of the periodic 5-point Laplacian with eigenvalue −4/dx² − 4/dy²
		VectorField m = new VectorField(mesh), b = new VectorField(mesh);
		for (int c = 0; c < mesh.cellCount(); c++) {
			m.set(c, (mesh.i(c) + mesh.j(c)) % 2 == 0 ? 1 : -1, 0, 0);
		}
		exchange.addField(0, m, b);
		double expected = 2 * 13e-12 / 800e3 * (4 / (2e-9 * 2e-9) + 4 / (3e-9 * 3e-9));
		assertEquals(expected, exchange.precessionBoundTesla(), 1e-12 * expected);
		for (int c = 0; c < mesh.cellCount(); c++) {
			assertEquals(-expected * m.x(c), b.x(c), 1e-9 * expected);
		}
	}

	@Test
	void demagBoundHoldsForRandomStatesAndIsReachedByAThinFilm() {
		Mesh mesh = new Mesh(16, 16, 1, 4e-9, 4e-9, 1e-9);
		Magnet magnet = Fixtures.box(mesh, 800e3, 0.1);
		DemagField demag = new DemagField(magnet);
		double bound = demag.precessionBoundTesla();
		assertEquals(PhysicalConstants.MU0 * 800e3, bound, 1e-12);
		Random random = new Random(7);
		VectorField m = new VectorField(mesh), b = new VectorField(mesh);
		for (int trial = 0; trial < 5; trial++) {
			for (int c = 0; c < mesh.cellCount(); c++) {
				m.set(c, random.nextGaussian(), random.nextGaussian(), random.nextGaussian());
			}
			b.clear();
			demag.addField(0, m, b);
			// Rayleigh quotient |⟨m, B⟩|/⟨m, m⟩ of the self-adjoint demag operator
			assertTrue(Math.abs(VectorOps.dot(magnet.loops(), m, b)) / VectorOps.dot(magnet.loops(), m, m) <= bound, "trial " + trial);
		}
		VectorField up = magnet.uniform(0, 0, 1);
		b.clear();
		demag.addField(0, up, b);
		assertTrue(-VectorOps.dot(magnet.loops(), up, b) / VectorOps.dot(magnet.loops(), up, up) > 0.8 * bound, "a thin film's perpendicular state nearly reaches µ0Ms");
	}

	/**
	 * Heun on exchange spin waves about m = z in a periodic film, α = 0.1: the checkerboard wave, the stiffest, decays
	 * at 0.9 times the limit and grows at 1.2 times it.
	 */
	@Test
	void heunAboveTheLimitLetsTheStiffestSpinWaveGrowAndBelowItDecay() {
		Mesh mesh = new Mesh(8, 8, 1, 2e-9, 2e-9, 2e-9, true, true);
		Magnet magnet = Fixtures.box(mesh, 800e3, 0.1);
		LlgEquation equation = new LlgEquation(magnet).add(new ExchangeField(magnet, 13e-12, BoundaryCondition.neumann()));
		double limit = StepStability.of(equation, StepStability.HEUN, 1e-15, 1e-12).stepSecond();
		// |R| = 0.972 per step at 0.9 times the limit, 1.099 at 1.2 times it
		assertTrue(checkerboardAmplitude(equation, 0.9 * limit, 400) < 1e-5, "decays below the limit");
		assertTrue(checkerboardAmplitude(equation, 1.2 * limit, 60) > 1e-1, "grows above the limit");
		HeunIntegrator heun = new HeunIntegrator(1.2 * limit);
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> heun.requireStableStep(equation, 1e-9));
		assertTrue(refused.getMessage().startsWith("time-step ") && refused.getMessage().contains("exceeds heun's stability limit of")
				&& refused.getMessage().contains("exchange 65.0 T"), refused.getMessage());
		new HeunIntegrator(0.9 * limit).requireStableStep(equation, 400 * 0.9 * limit);
	}

	/** |m_x| of the checkerboard wave of initial amplitude 1e-3 after {@code steps} Heun steps of {@code dt}. */
	private static double checkerboardAmplitude(LlgEquation equation, double dt, int steps) {
		Mesh mesh = equation.magnet().mesh();
		VectorField m = new VectorField(mesh);
		for (int c = 0; c < mesh.cellCount(); c++) {
			double a = (mesh.i(c) + mesh.j(c)) % 2 == 0 ? 1e-3 : -1e-3;
			m.set(c, a, 0, Math.sqrt(1 - a * a));
		}
		MagnetizationState state = new MagnetizationState(m, dt);
		HeunIntegrator heun = new HeunIntegrator(dt);
		for (int n = 0; n < steps; n++) {
			heun.step(equation, state, dt);
		}
		return Math.hypot(state.m().x(0), state.m().y(0));
	}
}
