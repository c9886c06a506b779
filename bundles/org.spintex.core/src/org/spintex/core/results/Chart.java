package org.spintex.core.results;

import java.util.List;

/**
 * A picture of results that the runner draws (PNG): curves over one x axis. Engines say what to
 * draw and what each curve is ({@link Role}); how it is drawn is the runner's business.
 *
 * @param name file stem, e.g. "torque-profile"
 * @param xLabel and {@code yLabel}: axis titles with the unit, e.g. "site", "torque / ħω"
 */
public record Chart(String name, String title, String xLabel, String yLabel, Scale xScale, Scale yScale, List<Curve> curves) {

	/** How an axis maps values. */
	public enum Scale {
		LINEAR, LOG
	}

	/**
	 * What a curve is to the reader; the runner and the views choose how each role is drawn, the same in every
	 * engine's charts.
	 */
	public enum Role {
		/** A computed curve: the result the chart is about. */
		RESULT,
		/** Values at discrete sites or sweep points, joined in order. */
		PROFILE,
		/** Discrete values of an exact or independent computation, not joined. */
		SAMPLES,
		/** A closed form, a theory or an estimate the results are compared with. */
		REFERENCE,
		/** A sum or a limit the other curves must meet. */
		CHECK
	}

	/** One curve: its legend label (empty: not in the legend), points and role. */
	public record Curve(String label, double[] x, double[] y, Role role) {

		public Curve {
			if (x.length != y.length) {
				throw new IllegalArgumentException("a curve needs as many x as y values, got " + x.length + " and " + y.length);
			}
			x = x.clone();
			y = y.clone();
		}
	}

	public Chart {
		curves = List.copyOf(curves);
	}
}
