package org.spintex.engine.winding.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.spintex.core.results.Checkpoint;
import org.spintex.core.results.FieldSnapshot;
import org.spintex.core.results.ResultSink;

/** Keeps what a battery study reports, for the tests to read. */
final class MemorySink implements ResultSink {

	final Map<String, Double> scalars = new HashMap<>();
	final Map<String, String> words = new HashMap<>();
	final List<String> warnings = new ArrayList<>();
	final List<double[]> rows = new ArrayList<>();
	List<String> columns = List.of();
	List<Object[]> profiles = List.of();
	final List<String> charts = new ArrayList<>();

	@Override
	public void scalar(String name, double value, String siUnit) {
		scalars.put(name, value);
	}

	double scalar(String name) {
		Double value = scalars.get(name);
		if (value == null) {
			throw new AssertionError("no scalar " + name + " in " + scalars.keySet());
		}
		return value;
	}

	@Override
	public void word(String name, String value) {
		words.put(name, value);
	}

	@Override
	public void table(String name, List<String> columns, List<double[]> rows) {
		throw new AssertionError("a battery writes its table row by row");
	}

	@Override
	public void row(String table, List<String> columns, double[] values) {
		this.columns = columns;
		rows.add(values.clone());
	}

	/** A column of the cycle table, by its name without unit. */
	double[] column(String name) {
		int index = CycleTable.indexOf(columns, name);
		double[] values = new double[rows.size()];
		for (int r = 0; r < rows.size(); r++) {
			values[r] = rows.get(r)[index];
		}
		return values;
	}

	@Override
	public void field(String name, FieldSnapshot snapshot) {
		throw new AssertionError("a battery writes no fields");
	}

	@Override
	public void checkpoint(Checkpoint checkpoint) {
		throw new AssertionError("a battery writes no checkpoints");
	}

	@Override
	public void labelledTable(String name, List<String> columns, List<Object[]> rows) {
		profiles = List.copyOf(rows);
	}

	@Override
	public void chart(org.spintex.core.results.Chart chart) {
		charts.add(chart.name());
	}

	@Override
	public void warning(String message) {
		warnings.add(message);
	}
}
