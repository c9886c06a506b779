package org.spintex.engine.llg.solver;

import java.util.Locale;

import org.spintex.core.results.ResultSink;

/**
 * How an iterative search for an equilibrium ended: whether the largest torque |m × B| fell below the tolerance, where
 * it stopped and after how many iterations (minimize) or integration steps (relax). A result like any other: reported
 * in results.json, and a warning when the search gave up short of the tolerance.
 *
 * @param residualTesla the final max |m × B|
 * @param toleranceTesla the torque the search had to reach
 * @param iterations iterations or steps taken
 */
public record Convergence(double residualTesla, double toleranceTesla, long iterations) {

	public boolean converged() {
		return residualTesla <= toleranceTesla;
	}

	/**
	 * Writes {@code <stage>-converged} (yes or no), {@code <stage>-residual} and {@code <stage>-iterations}, and a warning
	 * if the search did not converge.
	 *
	 * @param stage the name of the search in the outputs, e.g. "ground-state"
	 * @param method what searched, e.g. "minimize"
	 */
	public void report(String stage, String method, ResultSink sink) {
		sink.word(stage + "-converged", converged() ? "yes" : "no");
		sink.scalar(stage + "-residual", residualTesla, "T");
		sink.scalar(stage + "-iterations", iterations, "1");
		if (!converged()) {
			sink.warning(String.format(Locale.ROOT,
					"the %s (%s) did not converge: max |m × B| = %.3g T after %d iterations, above the tolerance %.3g T; "
							+ "what follows starts from an unconverged state",
					stage.replace('-', ' '), method, residualTesla, iterations, toleranceTesla));
		}
	}
}
