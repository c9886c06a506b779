package org.spintex.engine.llg.solver;

import org.spintex.core.results.RunCancelledException;
import org.spintex.core.results.RunControl;
import org.spintex.engine.llg.field.VectorField;

/**
 * Finds the nearest energy minimum by integrating the damping-only flow dm/dt = −(γ/2) m × (m × B)
 * with adaptive Dormand–Prince steps, tightening the error tolerance each time the maximum torque
 * stops decreasing, as MuMax3's relax() does. It ends when the largest |m × B| is below the
 * tolerance, or when the tightest tolerance no longer lowers it (the floor set by round-off).
 */
public final class Relaxation {

	private static final double[] TOLERANCES = { 1e-4, 1e-5, 1e-6, 1e-7, 1e-8 };
	private static final int BATCH = 50;
	private final double torqueToleranceTesla;
	private final long maxSteps;

	/**
	 * @param torqueToleranceTesla stop when max |m × B| falls below this
	 * @param maxSteps give up after this many integration steps (checked after each batch of 50)
	 */
	public Relaxation(double torqueToleranceTesla, long maxSteps) {
		this.torqueToleranceTesla = torqueToleranceTesla;
		this.maxSteps = maxSteps;
	}

	/** Relaxes m in place; the clock of the state is left unchanged. Says how far it got, in integration steps. */
	public Convergence relax(LlgEquation equation, VectorField m, RunControl control) {
		boolean wasRelaxing = equation.relaxation();
		equation.setRelaxation(true);
		try {
			MagnetizationState state = new MagnetizationState(m, 1e-14);
			VectorField field = new VectorField(m.mesh());
			double torque = torque(equation, m, field);
			double initialTorque = torque;
			long steps = 0;
			for (double tolerance : TOLERANCES) {
				DormandPrince45 integrator = new DormandPrince45(tolerance, 1e-22);
				double previous = Double.POSITIVE_INFINITY;
				while (torque > torqueToleranceTesla && torque < previous && steps < maxSteps) {
					previous = torque;
					for (int s = 0; s < BATCH; s++) {
						integrator.step(equation, state, Double.POSITIVE_INFINITY);
					}
					steps += BATCH;
					torque = torque(equation, m, field);
					if (control.cancelled()) {
						throw new RunCancelledException("relax");
					}
					control.progress("relax", ConvergenceProgress.fraction(initialTorque, torque, torqueToleranceTesla));
				}
				if (torque <= torqueToleranceTesla) {
					break;
				}
			}
			if (Double.isNaN(torque)) {
				throw new IntegrationFailure("relaxation produced NaN", m.copy(), 0);
			}
			return new Convergence(torque, torqueToleranceTesla, steps);
		} finally {
			equation.setRelaxation(wasRelaxing);
		}
	}

	private static double torque(LlgEquation equation, VectorField m, VectorField field) {
		equation.effectiveField(0, m, field);
		return equation.maxTorqueTesla(m, field);
	}
}
