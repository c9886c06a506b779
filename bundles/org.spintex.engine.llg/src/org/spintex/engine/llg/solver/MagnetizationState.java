package org.spintex.engine.llg.solver;

import org.spintex.engine.llg.field.VectorField;

/** The evolving state of a run: m, the simulated time, the next step size and the step count. */
public final class MagnetizationState {

	private final VectorField m;
	private double timeSecond;
	private double stepSecond;
	private long steps;

	public MagnetizationState(VectorField m, double initialStepSecond) {
		this.m = m;
		this.stepSecond = initialStepSecond;
	}

	public VectorField m() {
		return m;
	}

	public double timeSecond() {
		return timeSecond;
	}

	/** The step size the integrator will try next. */
	public double stepSecond() {
		return stepSecond;
	}

	public long steps() {
		return steps;
	}

	void advance(double dt, double nextStep) {
		timeSecond += dt;
		stepSecond = nextStep;
		steps++;
	}

	void setStep(double dt) {
		stepSecond = dt;
	}

	/** Sets the clock, e.g. when a run resumes from a checkpoint. */
	public void setTime(double timeSecond, long steps) {
		this.timeSecond = timeSecond;
		this.steps = steps;
	}
}
