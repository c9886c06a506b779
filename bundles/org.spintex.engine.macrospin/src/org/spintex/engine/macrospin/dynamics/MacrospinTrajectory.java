package org.spintex.engine.macrospin.dynamics;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.spintex.core.results.RunCancelledException;
import org.spintex.core.results.RunControl;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.observable.EnergyBreakdown;

/**
 * Integrates a {@link MacrospinEquation} by Dormand–Prince 5(4) from output time to output time (where m is
 * renormalised), reporting the direction, the energy of the conservative terms, the work of the non-conservative
 * ones and γ/γ_f.
 */
public final class MacrospinTrajectory {

	/** One output: t, m, the conservative energy E (J), the non-conservative work W (J), γ/γ_f. */
	public record Point(double timeSecond, double mx, double my, double mz, double energyJoule, double workJoule,
			double gyromagneticFactor) {

		public double[] values() {
			return new double[] { timeSecond, mx, my, mz, energyJoule, workJoule, gyromagneticFactor };
		}
	}

	public static final List<String> COLUMNS = List.of("t [s]", "mx [1]", "my [1]", "mz [1]", "E [J]", "W_E [J]",
			"gamma/gamma_f [1]");

	@FunctionalInterface
	public interface Observer {
		void point(Point point);
	}

	private final MacrospinEquation equation;
	private final Set<String> nonConservative;
	private final double tolerance;

	/** @param nonConservative the names of the field terms whose energy is not defined (left out of E) */
	public MacrospinTrajectory(MacrospinEquation equation, Set<String> nonConservative, double tolerance) {
		this.equation = equation;
		this.nonConservative = Set.copyOf(nonConservative);
		this.tolerance = tolerance;
	}

	public Point run(double[] m0, double durationSeconds, double outputEverySeconds, Observer observer, RunControl control) {
		double[] y = { m0[0], m0[1], m0[2], 0 };
		normalise(y);
		Point point = point(0, y);
		observer.point(point);
		long outputs = 0;
		double t = 0;
		while (t < durationSeconds * (1 - 1e-12)) {
			if (control.cancelled()) {
				throw new RunCancelledException("cancelled at t = " + t + " s");
			}
			double next = Math.min(++outputs * outputEverySeconds, durationSeconds);
			DormandPrince54Integrator integrator = new DormandPrince54Integrator(1e-22, next - t,
					new double[] { tolerance, tolerance, tolerance, Double.POSITIVE_INFINITY },
					new double[] { tolerance, tolerance, tolerance, tolerance });
			try {
				ODEStateAndDerivative end = integrator.integrate(equation, new ODEState(t, y), next);
				y = end.getPrimaryState();
			} catch (MathIllegalStateException e) {
				throw new IllegalStateException("the macrospin's step size collapsed at t = " + t + " s (" + e.getMessage()
						+ "); the last good state is the trajectory's last row", e);
			}
			if (!Double.isFinite(y[0] + y[1] + y[2] + y[3])) {
				throw new IllegalStateException("the macrospin left the finite numbers after t = " + t
						+ " s; the last good state is the trajectory's last row");
			}
			normalise(y);
			t = next;
			point = point(t, y);
			observer.point(point);
			control.progress("macrospin", t / durationSeconds);
		}
		return point;
	}

	private Point point(double t, double[] y) {
		VectorField m = new VectorField(equation.llg().magnet().mesh());
		m.set(0, y[0], y[1], y[2]);
		double energy = 0;
		for (Map.Entry<String, Double> term : EnergyBreakdown.of(equation.llg(), m, t).entrySet()) {
			if (!term.getKey().equals("total") && !nonConservative.contains(term.getKey())) {
				energy += term.getValue();
			}
		}
		return new Point(t, y[0], y[1], y[2], energy, y[3], equation.gyromagneticFactor(y[0], y[1], y[2]));
	}

	private static void normalise(double[] y) {
		double norm = Math.sqrt(y[0] * y[0] + y[1] * y[1] + y[2] * y[2]);
		y[0] /= norm;
		y[1] /= norm;
		y[2] /= norm;
	}
}
