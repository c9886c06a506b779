package org.spintex.engine.llg.solver;

import org.spintex.engine.llg.field.VectorField;

/**
 * The evolving state of a run: m, the simulated time, the next step size, the step count, and for adaptive steppers
 * the rejected attempts and the smallest step the error control chose (steps shortened to land on an output time do
 * not count): how hard the dynamics was to integrate.
 */
public final class MagnetizationState {

	private final VectorField m;
	private double timeSecond;
	private double stepSecond;
	private long steps;
	private long rejectedSteps;
	private double smallestStepSecond = Double.POSITIVE_INFINITY;

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

	/** Steps the error control rejected and tried again smaller. */
	public long rejectedSteps() {
		return rejectedSteps;
	}

	/** The smallest step chosen by the error control, in seconds; infinite before the first. */
	public double smallestStepSecond() {
		return smallestStepSecond;
	}

	void advance(double dt, double nextStep) {
		if (dt >= stepSecond) {
			smallestStepSecond = Math.min(smallestStepSecond, dt);
		}
		timeSecond += dt;
		stepSecond = nextStep;
		steps++;
	}

	/** The attempted step was rejected; the next try is {@code dt}. */
	void reject(double dt) {
		rejectedSteps++;
		stepSecond = dt;
	}

	/** Sets the clock, e.g. when a run resumes from a checkpoint. */
	public void setTime(double timeSecond, long steps) {
		this.timeSecond = timeSecond;
		this.steps = steps;
	}

	/** Restores the step statistics of a checkpoint. */
	public void setStepStatistics(long rejectedSteps, double smallestStepSecond) {
		this.rejectedSteps = rejectedSteps;
		this.smallestStepSecond = smallestStepSecond;
	}
}
