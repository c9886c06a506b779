package org.spintex.ui.views.torque;

/**
 * The range an axis shows for its values: their span with a margin, but never narrower than
 * {@value #RELATIVE_FLOOR} of their largest magnitude, so that a quantity that hardly changes
 * (Q from −1 to −0.99988) is drawn as the flat line it is, not blown up into a spike of noise.
 */
public record AxisRange(double lower, double upper) {

	static final double RELATIVE_FLOOR = 0.01;
	private static final double MARGIN = 0.05;

	/** The range for {@code values} (NaN ignored); [−1, 1] when there are none or all are 0. */
	public static AxisRange of(Iterable<double[]> values) {
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		for (double[] series : values) {
			for (double v : series) {
				if (!Double.isNaN(v) && !Double.isInfinite(v)) {
					min = Math.min(min, v);
					max = Math.max(max, v);
				}
			}
		}
		if (min > max) {
			return new AxisRange(-1, 1);
		}
		double magnitude = Math.max(Math.abs(min), Math.abs(max));
		if (magnitude == 0) {
			return new AxisRange(-1, 1);
		}
		double span = Math.max(max - min, RELATIVE_FLOOR * magnitude);
		double centre = (min + max) / 2;
		return new AxisRange(centre - (0.5 + MARGIN) * span, centre + (0.5 + MARGIN) * span);
	}
}
