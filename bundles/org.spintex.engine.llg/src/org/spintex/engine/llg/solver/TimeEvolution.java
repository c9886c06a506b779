package org.spintex.engine.llg.solver;

import org.spintex.core.results.RunCancelledException;
import org.spintex.core.results.RunControl;

/**
 * Runs an integrator up to a final time and stops exactly on every output time, where the observer
 * records tables and fields. Checks for cancellation between steps.
 */
public final class TimeEvolution {

	/** The name this stage reports progress under. */
	public static final String STAGE = "time evolution";

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
		evolve(state, untilSecond, outputEverySecond, state.timeSecond(), 0, observer, control);
	}

	/**
	 * Continues a run that stopped after {@code outputsDone} outputs of a schedule that began at time
	 * {@code origin}, from the state of its last output (which is not observed again). Output times are
	 * origin + n·interval exactly as in the uninterrupted run, and the integrator starts afresh at
	 * every output in both, so the resumed run retraces the uninterrupted one bit for bit.
	 */
	public void resume(MagnetizationState state, double untilSecond, double outputEverySecond, double origin, int outputsDone,
			Observer observer, RunControl control) {
		evolve(state, untilSecond, outputEverySecond, origin, outputsDone, observer, control);
	}

	private void evolve(MagnetizationState state, double untilSecond, double outputEverySecond, double origin, long outputsDone,
			Observer observer, RunControl control) {
		double start = state.timeSecond();
		long outputs = outputsDone;
		double nextOutput = nextOutput(origin, outputs, outputEverySecond, untilSecond);
		integrator.reset();
		while (true) {
			if (state.timeSecond() >= nextOutput * (1 - 1e-12) - 1e-30) {
				observer.observe(state);
				outputs++;
				if (nextOutput >= untilSecond) {
					return;
				}
				nextOutput = nextOutput(origin, outputs, outputEverySecond, untilSecond);
				// first-same-as-last stage values do not cross an output: a resumed run cannot have them
				integrator.reset();
			}
			if (control.cancelled()) {
				throw new RunCancelledException("time evolution");
			}
			control.progress(STAGE, (state.timeSecond() - start) / (untilSecond - start));
			integrator.step(equation, state, nextOutput - state.timeSecond());
		}
	}

	private static double nextOutput(double origin, long outputs, double interval, double until) {
		if (interval <= 0) {
			return until;
		}
		double t = origin + outputs * interval;
		// n·interval may round to just below the end: that output is the end, not one more row before it
		return t >= until - 1e-9 * interval ? until : t;
	}
}
