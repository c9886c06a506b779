package org.spintex.core.results;

/**
 * Where a time-stepping engine can continue from after its run was stopped: the state at an output
 * time, how many steps and outputs it took to get there, and the step size it was about to try.
 * The step count keeps stochastic runs on the same random stream, so a resumed run reproduces the
 * uninterrupted one; the rejected steps and the smallest step so far carry an adaptive run's statistics over.
 *
 * @param smallestStepSecond the smallest step the error control chose so far, infinite if none
 */
public record Checkpoint(FieldSnapshot state, long steps, int outputs, double nextStepSecond, long rejectedSteps,
		double smallestStepSecond) {

	public double timeSecond() {
		return state.timeSecond();
	}
}
