package org.spintex.engine.llg.solver;

import org.spintex.core.results.RunCancelledException;
import org.spintex.core.results.RunControl;

/**
 * Runs an integrator up to a final time and stops exactly on every output time, where the observer
 * records tables and fields. Checks for cancellation between steps.
 */
public final class TimeEvolution {

	/** Called at t = 0 and at every output time, with the state at that time. */
	@FunctionalInterface
	public interface Observer {
		void observe(MagnetizationState state);
	}

	private final LlgEquation equation;
	private final Integrator integrator;

	public TimeEvolution(LlgEquation equation, Integrator integrator) {
		this.equation = equation;
		this.integrator = integrator;
	}

	/**
	 * Integrates from the state's time to {@code untilSecond}, observing every {@code outputEverySecond}
	 * (0 for the end only).
	 */
	public void run(MagnetizationState state, double untilSecond, double outputEverySecond, Observer observer, RunControl control) {
		integrator.reset();
		double start = state.timeSecond();
		long outputs = 0;
		double nextOutput = outputEverySecond > 0 ? start : untilSecond;
		while (true) {
			if (state.timeSecond() >= nextOutput * (1 - 1e-12) - 1e-30) {
				observer.observe(state);
				outputs++;
				if (nextOutput >= untilSecond) {
					return;
				}
				nextOutput = outputEverySecond > 0 ? Math.min(untilSecond, start + outputs * outputEverySecond) : untilSecond;
			}
			if (control.cancelled()) {
				throw new RunCancelledException("time evolution");
			}
			control.progress("time evolution", (state.timeSecond() - start) / (untilSecond - start));
			integrator.step(equation, state, nextOutput - state.timeSecond());
		}
	}
}
