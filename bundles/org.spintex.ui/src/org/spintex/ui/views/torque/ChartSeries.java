package org.spintex.ui.views.torque;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The curves of a chart from a table: for each chosen y column one curve against the x column —
 * or, when the table has a label column (the contribution of a torque, the lead of a current), one
 * curve per label, so that field-like and damping-like torques per site and contribution come out
 * as separate lines. Rows with NaN are skipped; on a log axis so are values ≤ 0.
 */
public record ChartSeries(String column, String group, double[] x, double[] y) {

	/** A curve of a table without labels. */
	public ChartSeries(String column, double[] x, double[] y) {
		this(column, "", x, y);
	}

	/** "FL (J) — geometric", or the column alone. */
	public String name() {
		return group.isEmpty() ? column : column + " — " + group;
	}

	public static List<ChartSeries> of(CsvTable table, int xColumn, List<Integer> yColumns, boolean logX, boolean logY) {
		return of(table, xColumn, yColumns, null, logX, logY);
	}

	/** As above, keeping only the rows whose label is in {@code labels} (all rows when null). */
	public static List<ChartSeries> of(CsvTable table, int xColumn, List<Integer> yColumns,
			java.util.Collection<String> labels, boolean logX, boolean logY) {
		List<ChartSeries> curves = new ArrayList<>();
		double[] xs = table.numbers().get(xColumn);
		Integer labelColumn = table.labelColumn().orElse(null);
		for (int yColumn : yColumns) {
			double[] ys = table.numbers().get(yColumn);
			Map<String, List<double[]>> groups = new LinkedHashMap<>();
			for (int r = 0; r < table.rows(); r++) {
				double x = xs[r], y = ys[r];
				if (Double.isNaN(x) || Double.isNaN(y) || (logX && x <= 0) || (logY && y <= 0)) {
					continue;
				}
				String group = labelColumn == null ? "" : table.texts().get(labelColumn)[r];
				if (labels != null && !labels.contains(group)) {
					continue;
				}
				groups.computeIfAbsent(group, g -> new ArrayList<>()).add(new double[] { x, y });
			}
			String header = table.headers().get(yColumn);
			groups.forEach((group, points) -> curves.add(new ChartSeries(header, group,
					points.stream().mapToDouble(p -> p[0]).toArray(), points.stream().mapToDouble(p -> p[1]).toArray())));
		}
		return curves;
	}

	/** True when the positive values of a column span more than two decades: worth a log axis. */
	public static boolean spansDecades(double[] values) {
		double min = Double.POSITIVE_INFINITY, max = 0;
		for (double v : values) {
			if (v <= 0 || Double.isNaN(v)) {
				return false;
			}
			min = Math.min(min, v);
			max = Math.max(max, v);
		}
		return max / min > 100;
	}
}
