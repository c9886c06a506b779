package org.spintex.core.results;

/**
 * Where a time-stepping engine can continue from after its run was stopped: the state at an output
 * time, how many steps and outputs it took to get there, and the step size it was about to try.
 * The step count keeps stochastic runs on the same random stream, so a resumed run reproduces the
 * uninterrupted one.
 */
public record Checkpoint(FieldSnapshot state, long steps, int outputs, double nextStepSecond) {

	public double timeSecond() {
		return state.timeSecond();
	}
}
