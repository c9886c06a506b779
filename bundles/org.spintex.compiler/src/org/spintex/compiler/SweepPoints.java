package org.spintex.compiler;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.spintex.dsl.spintex.Quantity;
import org.spintex.dsl.spintex.Spacing;
import org.spintex.dsl.spintex.Sweep;
import org.spintex.dsl.spintex.SweepRange;
import org.spintex.dsl.units.SiValues;
import org.spintex.dsl.validation.SweepTargets;

/** Expands a study's sweep axes into points: every combination (grid), or point by point (zip). */
final class SweepPoints {

	private SweepPoints() {
	}

	/** The assignments of each point; one empty point when there are no sweeps. */
	static List<List<ParameterAssignment>> expand(List<Sweep> sweeps, boolean zip) {
		List<List<ParameterAssignment>> axes = sweeps.stream().map(SweepPoints::axis).toList();
		if (axes.isEmpty()) {
			return List.of(List.of());
		}
		if (zip) {
			int n = axes.get(0).size();
			if (axes.stream().anyMatch(a -> a.size() != n)) {
				throw new CompileException("sweep-mode zip needs sweeps of equal length, got "
						+ axes.stream().map(a -> Integer.toString(a.size())).toList());
			}
			List<List<ParameterAssignment>> points = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				int k = i;
				points.add(axes.stream().map(a -> a.get(k)).toList());
			}
			return points;
		}
		List<List<ParameterAssignment>> points = List.of(List.of());
		for (List<ParameterAssignment> axis : axes) {
			List<List<ParameterAssignment>> next = new ArrayList<>();
			for (List<ParameterAssignment> point : points) {
				for (ParameterAssignment value : axis) {
					List<ParameterAssignment> extended = new ArrayList<>(point);
					extended.add(value);
					next.add(extended);
				}
			}
			points = next;
		}
		return points;
	}

	private static List<ParameterAssignment> axis(Sweep sweep) {
		String path = SweepTargets.text(sweep.getParameter());
		EObject owner = SweepTargets.owner(sweep.getParameter())
				.orElseThrow(() -> new CompileException(path + " names nothing"));
		String name = sweep.getParameter().getProperty();
		List<ParameterAssignment> values = new ArrayList<>();
		SweepRange range = sweep.getRange();
		if (range == null) {
			for (Quantity q : sweep.getList().getValues()) {
				values.add(ParameterPaths.assignment(path, owner, name, q.getValue(), q.getUnit()));
			}
			return values;
		}
		// the range is written in the unit of its lower bound
		String unit = range.getFrom().getUnit();
		double from = range.getFrom().getValue();
		double to = SiValues.of(range.getTo()) / SiValues.factor(unit);
		int n = range.getPoints();
		boolean log = range.getSpacing() == Spacing.LOG;
		for (int i = 0; i < n; i++) {
			double t = (double) i / (n - 1);
			double value = log ? from * Math.pow(to / from, t) : from + (to - from) * t;
			values.add(ParameterPaths.assignment(path, owner, name, value, unit));
		}
		return values;
	}
}
