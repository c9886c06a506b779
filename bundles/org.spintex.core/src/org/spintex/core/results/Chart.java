package org.spintex.core.results;

import java.util.List;

/**
 * A picture of results that the runner draws (PNG): curves over one x axis. Engines say what to
 * draw; how it is drawn is the runner's business.
 *
 * @param name file stem, e.g. "torque-profile"
 * @param xLabel and {@code yLabel}: axis titles with the unit, e.g. "site", "torque / ħω"
 */
public record Chart(String name, String title, String xLabel, String yLabel, Scale xScale, Scale yScale, List<Curve> curves) {

	/** How an axis maps values. */
	public enum Scale {
		LINEAR, LOG
	}

	/** How a curve is drawn. */
	public enum Style {
		LINE, DASHED, DOTTED, MARKERS, LINE_AND_MARKERS
	}

	/** One curve: its legend label (empty: not in the legend), points and style. */
	public record Curve(String label, double[] x, double[] y, Style style) {

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
