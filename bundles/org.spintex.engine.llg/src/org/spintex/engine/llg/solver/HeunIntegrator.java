package org.spintex.engine.llg.solver;

import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.term.ThermalField;

/**
 * Heun's predictor–corrector with a fixed step: second order for deterministic dynamics, and for
 * the stochastic LLG with multiplicative noise it converges to the Stratonovich solution that
 * Brown's thermal field requires (García-Palacios and Lázaro, PRB 58, 14937 (1998)). The thermal
 * noise is drawn once per step and held through predictor and corrector.
 */
public final class HeunIntegrator implements Integrator {

	private final double stepSecond;
	private VectorField k1;
	private VectorField k2;
	private VectorField predicted;
	private VectorField start;

	public HeunIntegrator(double stepSecond) {
		if (!(stepSecond > 0)) {
			throw new IllegalArgumentException("the Heun step must be positive, got " + stepSecond + " s");
		}
		this.stepSecond = stepSecond;
	}

	@Override
	public void requireStableStep(LlgEquation equation, double durationSecond) {
		FixedSteps.requireStable("heun", StepStability.HEUN, stepSecond, equation, durationSecond);
	}

	@Override
	public void step(LlgEquation equation, MagnetizationState state, double maxStepSecond) {
		Magnet magnet = equation.magnet();
		VectorField m = state.m();
		if (k1 == null) {
			k1 = new VectorField(m.mesh());
			k2 = new VectorField(m.mesh());
			predicted = new VectorField(m.mesh());
			start = new VectorField(m.mesh());
		}
		double dt = Math.min(stepSecond, maxStepSecond);
		double t = state.timeSecond();
		ThermalField thermal = equation.thermal();
		if (thermal != null) {
			thermal.draw(state.steps(), dt);
		}
		equation.rate(t, m, k1);
		// each pass over memory fused with the next: the 1024² step is memory-bound on two cores
		VectorOps.combineKeeping(magnet.loops(), predicted, start, m, dt, new double[] { 1 }, new VectorField[] { k1 });
		equation.rate(t + dt, predicted, k2);
		if (!VectorOps.combineNormalised(magnet, m, start, dt, new double[] { 0.5, 0.5 }, new VectorField[] { k1, k2 })) {
			m.copyFrom(start);
			throw new IntegrationFailure("m became NaN at t = " + t + " s (step " + state.steps() + ")", start.copy(), t);
		}
		state.advance(dt, stepSecond);
	}
}
