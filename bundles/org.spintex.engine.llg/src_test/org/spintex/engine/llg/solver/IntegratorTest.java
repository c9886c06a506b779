package org.spintex.engine.llg.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.core.results.RunControl;
import org.spintex.engine.llg.Fixtures;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.term.FieldTerm;
import org.spintex.engine.llg.term.ZeemanField;

/** The integrators against the analytic damped precession of a macrospin in a static field. */
class IntegratorTest {

	private static final double B = 0.1;
	private static final double ALPHA = 0.05;
	private static final double THETA0 = 1.0;

	/** The analytic solution: tan(θ/2) = tan(θ₀/2) e^(−αγBt/(1+α²)), φ = γBt/(1+α²). */
	private static Vector3 exact(double t) {
		double gamma = Fixtures.GAMMA;
		double rate = gamma * B / (1 + ALPHA * ALPHA);
		double theta = 2 * Math.atan(Math.tan(THETA0 / 2) * Math.exp(-ALPHA * rate * t));
		return Vector3.fromSpherical(theta, rate * t);
	}

	private static double error(Integrator integrator, double until) {
		Magnet magnet = Fixtures.box(new Mesh(1, 1, 1, 1e-9, 1e-9, 1e-9), 8e5, ALPHA);
		LlgEquation equation = new LlgEquation(magnet).add(ZeemanField.constant(magnet, new Vector3(0, 0, B)));
		VectorField m = new VectorField(magnet.mesh());
		m.set(0, exact(0));
		MagnetizationState state = new MagnetizationState(m, 1e-13);
		new TimeEvolution(equation, integrator).run(state, until, 0, s -> {
		}, RunControl.NONE);
		assertEquals(until, state.timeSecond(), 1e-22);
		return m.get(0).minus(exact(until)).norm();
	}

	@Test
	void dormandPrinceFollowsTheAnalyticPrecessionToItsTolerance() {
		double until = 2e-9; // about 5 periods
		assertTrue(error(new DormandPrince45(1e-9, 1e-20), until) < 1e-7);
		assertTrue(error(DormandPrince45.withDefaults(), until) < 1e-3);
	}

	@Test
	void fixedStepMethodsConvergeWithTheirOrder() {
		double until = 0.5e-9;
		assertOrder(() -> new RungeKutta4(4e-13), () -> new RungeKutta4(2e-13), until, 4);
		assertOrder(() -> new HeunIntegrator(4e-13), () -> new HeunIntegrator(2e-13), until, 2);
	}

	private static void assertOrder(Supplier<Integrator> coarse, Supplier<Integrator> fine, double until, int order) {
		double ratio = error(coarse.get(), until) / error(fine.get(), until);
		double observed = Math.log(ratio) / Math.log(2);
		assertEquals(order, observed, 0.3, "observed order " + observed);
	}

	@Test
	void aNanFieldStopsTheRunWithTheLastGoodState() {
		Magnet magnet = Fixtures.box(new Mesh(2, 1, 1, 1e-9, 1e-9, 1e-9), 8e5, ALPHA);
		FieldTerm exploding = new FieldTerm() {
			@Override
			public String name() {
				return "exploding";
			}

			@Override
			public void addField(double t, VectorField m, VectorField b) {
				b.x[1] += t > 1e-11 ? Double.NaN : 0.1;
			}

			@Override
			public double energyJoule(VectorField m, VectorField own) {
				return 0;
			}

			@Override
			public double precessionBoundTesla() {
				return 0.1;
			}
		};
		LlgEquation equation = new LlgEquation(magnet).add(exploding);
		VectorField m = magnet.uniform(0, 0, 1);
		MagnetizationState state = new MagnetizationState(m, 1e-13);
		IntegrationFailure failure = assertThrows(IntegrationFailure.class,
				() -> new TimeEvolution(equation, DormandPrince45.withDefaults()).run(state, 1e-9, 0, s -> {
				}, RunControl.NONE));
		assertTrue(failure.getMessage().contains("NaN"), failure.getMessage());
		assertTrue(failure.lastGoodTimeSecond() <= 1e-11 + 1e-12);
		assertEquals(1, failure.lastGoodState().get(1).norm(), 1e-12);
	}
}
