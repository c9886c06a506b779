package org.spintex.engine.llg.solver;

import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.Magnet;

/** The classical fourth-order Runge–Kutta method with a fixed step. */
public final class RungeKutta4 implements Integrator {

	private static final double[][] A = { {}, { 0.5 }, { 0, 0.5 }, { 0, 0, 1 } };
	private static final double[] B = { 1.0 / 6, 1.0 / 3, 1.0 / 3, 1.0 / 6 };
	private static final double[] C = { 0, 0.5, 0.5, 1 };

	private final double stepSecond;
	private VectorField[] k;
	private VectorField stage;
	private VectorField start;

	public RungeKutta4(double stepSecond) {
		if (!(stepSecond > 0)) {
			throw new IllegalArgumentException("the RK4 step must be positive, got " + stepSecond + " s");
		}
		this.stepSecond = stepSecond;
	}

	@Override
	public void requireStableStep(LlgEquation equation, double durationSecond) {
		FixedSteps.requireStable("rk4", StepStability.RK4, stepSecond, equation, durationSecond);
	}

	@Override
	public void step(LlgEquation equation, MagnetizationState state, double maxStepSecond) {
		Magnet magnet = equation.magnet();
		VectorField m = state.m();
		if (k == null) {
			k = new VectorField[] { new VectorField(m.mesh()), new VectorField(m.mesh()), new VectorField(m.mesh()), new VectorField(m.mesh()) };
			stage = new VectorField(m.mesh());
			start = new VectorField(m.mesh());
		}
		double dt = Math.min(stepSecond, maxStepSecond);
		double t = state.timeSecond();
		equation.rate(t, m, k[0]);
		VectorOps.combineKeeping(magnet.loops(), stage, start, m, dt, A[1], k);
		equation.rate(t + C[1] * dt, stage, k[1]);
		for (int s = 2; s < 4; s++) {
			VectorOps.combine(magnet.loops(), stage, start, dt, A[s], k);
			equation.rate(t + C[s] * dt, stage, k[s]);
		}
		if (!VectorOps.combineNormalised(magnet, m, start, dt, B, k)) {
			m.copyFrom(start);
			throw new IntegrationFailure("m became NaN at t = " + t + " s (step " + state.steps() + ")", start.copy(), t);
		}
		state.advance(dt, stepSecond);
	}
}
