package org.spintex.runner.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spintex.core.results.Chart;
import org.spintex.core.results.SweepChart;

/**
 * Turns the sweep charts an engine asked for into charts over the swept parameter: x is the first sweep
 * axis (logarithmic when its points are spaced geometrically), one chart per value of a second axis.
 * A sweep whose first axis has fewer than three points is not drawn: there is no curve to see.
 */
public final class SweepCharts {

	/** One point of the sweep: its coordinates (in the sweep's axis order) and scalar results. */
	public record Point(List<String> axes, List<String> units, double[] coordinates, Map<String, Double> scalars) {
	}

	private SweepCharts() {
	}

	public static List<Chart> of(SweepChart spec, List<Point> points) {
		List<Chart> charts = new ArrayList<>();
		if (points.isEmpty() || points.get(0).coordinates().length == 0) {
			return charts;
		}
		Point first = points.get(0);
		Map<Double, List<Point>> groups = new LinkedHashMap<>();
		for (Point p : points) {
			groups.computeIfAbsent(p.coordinates().length > 1 ? p.coordinates()[1] : Double.NaN, k -> new ArrayList<>()).add(p);
		}
		for (Map.Entry<Double, List<Point>> group : groups.entrySet()) {
			List<Point> line = group.getValue();
			if (line.size() < 3) {
				continue;
			}
			double[] x = line.stream().mapToDouble(p -> p.coordinates()[0]).toArray();
			List<Chart.Curve> curves = new ArrayList<>();
			for (SweepChart.Curve curve : spec.curves()) {
				List<double[]> xy = new ArrayList<>();
				for (int k = 0; k < line.size(); k++) {
					Double value = line.get(k).scalars().get(curve.scalar());
					Double norm = spec.normalisedBy().isEmpty() ? Double.valueOf(1) : line.get(k).scalars().get(spec.normalisedBy());
					if (value != null && norm != null && norm != 0) {
						xy.add(new double[] { x[k], value / norm });
					}
				}
				if (!xy.isEmpty()) {
					curves.add(new Chart.Curve(curve.label(), xy.stream().mapToDouble(v -> v[0]).toArray(),
							xy.stream().mapToDouble(v -> v[1]).toArray(), curve.role() == null ? Chart.Role.RESULT : curve.role()));
				}
			}
			String suffix = Double.isNaN(group.getKey()) ? "" : "-" + first.axes().get(1).replaceAll(".*\\.", "") + "-" + NumberText.compact(group.getKey());
			String title = spec.title() + (suffix.isEmpty() ? "" : ", " + first.axes().get(1) + " = " + NumberText.compact(group.getKey()) + " " + first.units().get(1));
			charts.add(new Chart(spec.name() + suffix, title, first.axes().get(0) + " (" + first.units().get(0) + ")", spec.yLabel(),
					geometric(x) ? Chart.Scale.LOG : Chart.Scale.LINEAR, spec.yScale(), curves));
		}
		return charts;
	}

	/** Positive points with a constant ratio (a log sweep). */
	static boolean geometric(double[] x) {
		if (x.length < 3 || x[0] <= 0) {
			return false;
		}
		double ratio = x[1] / x[0];
		if (!(Math.abs(ratio - 1) > 1e-6)) {
			return false;
		}
		for (int k = 1; k < x.length; k++) {
			if (x[k] <= 0 || Math.abs(x[k] / x[k - 1] / ratio - 1) > 1e-6) {
				return false;
			}
		}
		return true;
	}

}
