package org.spintex.engine.llg.solver;

import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.Magnet;

/**
 * Dormand–Prince RK5(4) with adaptive steps and first-same-as-last, J. Comput. Appl. Math. 6, 19
 * (1980). The error estimate is the largest |Δm| of any cell between the 5th- and 4th-order
 * solutions, held below {@code maxError} as MuMax3's MaxErr (default 1e-5).
 */
public final class DormandPrince45 implements Integrator {

	private static final double[] C = { 0, 1.0 / 5, 3.0 / 10, 4.0 / 5, 8.0 / 9, 1, 1 };
	private static final double[][] A = {
			{},
			{ 1.0 / 5 },
			{ 3.0 / 40, 9.0 / 40 },
			{ 44.0 / 45, -56.0 / 15, 32.0 / 9 },
			{ 19372.0 / 6561, -25360.0 / 2187, 64448.0 / 6561, -212.0 / 729 },
			{ 9017.0 / 3168, -355.0 / 33, 46732.0 / 5247, 49.0 / 176, -5103.0 / 18656 },
			{ 35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84 } };
	/** 5th-order weights minus the embedded 4th-order ones. */
	private static final double[] E = { 71.0 / 57600, 0, -71.0 / 16695, 71.0 / 1920, -17253.0 / 339200, 22.0 / 525, -1.0 / 40 };

	private final double maxError;
	private final double minStepSecond;
	private VectorField[] k;
	private VectorField stage;
	private VectorField start;
	private boolean firstStageValid;

	public DormandPrince45(double maxError, double minStepSecond) {
		if (!(maxError > 0)) {
			throw new IllegalArgumentException("the error tolerance must be positive, got " + maxError);
		}
		this.maxError = maxError;
		this.minStepSecond = minStepSecond;
	}

	/** MuMax3's default tolerance, 1e-5, with steps allowed down to 1e-20 s. */
	public static DormandPrince45 withDefaults() {
		return new DormandPrince45(1e-5, 1e-20);
	}

	@Override
	public void reset() {
		firstStageValid = false;
	}

	@Override
	public void step(LlgEquation equation, MagnetizationState state, double maxStepSecond) {
		Magnet magnet = equation.magnet();
		VectorField m = state.m();
		if (k == null) {
			k = new VectorField[7];
			for (int s = 0; s < 7; s++) {
				k[s] = new VectorField(m.mesh());
			}
			stage = new VectorField(m.mesh());
			start = new VectorField(m.mesh());
		}
		double t = state.timeSecond();
		if (!firstStageValid) {
			equation.rate(t, m, k[0]);
		}
		start.copyFrom(m);
		while (true) {
			double dt = Math.min(state.stepSecond(), maxStepSecond);
			for (int s = 1; s < 7; s++) {
				VectorOps.combine(magnet.loops(), stage, start, dt, A[s], k);
				equation.rate(t + C[s] * dt, stage, k[s]);
			}
			double error = VectorOps.maxNorm(magnet.loops(), dt, E, k);
			if (Double.isNaN(error)) {
				firstStageValid = false;
				throw new IntegrationFailure("the torque became NaN at t = " + t + " s (step " + state.steps() + ")", start.copy(), t);
			}
			double factor = error == 0 ? 5 : Math.min(5, Math.max(0.1, 0.9 * Math.pow(maxError / error, 0.2)));
			if (error <= maxError) {
				// the 7th stage is the 5th-order solution: first same as last
				m.copyFrom(stage);
				magnet.normalise(m);
				VectorField first = k[0];
				k[0] = k[6];
				k[6] = first;
				firstStageValid = true;
				double next = dt < state.stepSecond() && dt == maxStepSecond ? state.stepSecond() : dt * factor;
				state.advance(dt, next);
				return;
			}
			state.reject(dt * factor);
			if (state.stepSecond() < minStepSecond) {
				firstStageValid = false;
				throw new IntegrationFailure("the step size collapsed to " + state.stepSecond() + " s at t = " + t
						+ " s: the dynamics is too stiff or unstable for error tolerance " + maxError, start.copy(), t);
			}
		}
	}
}
