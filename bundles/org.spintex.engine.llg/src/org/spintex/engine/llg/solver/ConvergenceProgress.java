package org.spintex.engine.llg.solver;

/**
 * How far an iterative search has come, for progress bars: the fraction of the way from the starting
 * residual to the target on a logarithmic scale, where convergence is roughly linear.
 */
final class ConvergenceProgress {

	private ConvergenceProgress() {
	}

	/** 0 at {@code start}, 1 at or below {@code target}; clamped to [0, 1]. */
	static double fraction(double start, double current, double target) {
		if (!(current > target) || !(start > target)) {
			return 1;
		}
		double f = Math.log(start / current) / Math.log(start / target);
		return Math.max(0, Math.min(1, f));
	}
}
