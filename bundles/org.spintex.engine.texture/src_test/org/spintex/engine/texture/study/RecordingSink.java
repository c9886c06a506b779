package org.spintex.engine.texture.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.spintex.core.results.Chart;
import org.spintex.core.results.Checkpoint;
import org.spintex.core.results.FieldSnapshot;
import org.spintex.core.results.ResultSink;

/** Keeps what a texture-forces study reports, for the tests to read. */
final class RecordingSink implements ResultSink {

	final Map<String, Double> scalars = new HashMap<>();
	final Map<String, List<double[]>> tables = new HashMap<>();
	final Map<String, FieldSnapshot> fields = new HashMap<>();
	final List<String> charts = new ArrayList<>();

	double scalar(String name) {
		Double value = scalars.get(name);
		if (value == null) {
			throw new AssertionError("no scalar " + name + " in " + scalars.keySet());
		}
		return value;
	}

	@Override
	public void scalar(String name, double value, String siUnit) {
		scalars.put(name, value);
	}

	@Override
	public void word(String name, String value) {
	}

	@Override
	public void table(String name, List<String> columns, List<double[]> rows) {
		tables.put(name, List.copyOf(rows));
	}

	@Override
	public void row(String table, List<String> columns, double[] values) {
		tables.computeIfAbsent(table, t -> new ArrayList<>()).add(values.clone());
	}

	@Override
	public void field(String name, FieldSnapshot snapshot) {
		fields.put(name, snapshot);
	}

	@Override
	public void checkpoint(Checkpoint checkpoint) {
		throw new AssertionError("a texture-forces study writes no checkpoints");
	}

	@Override
	public void labelledTable(String name, List<String> columns, List<Object[]> rows) {
	}

	@Override
	public void chart(Chart chart) {
		charts.add(chart.name());
	}

	@Override
	public void warning(String message) {
		throw new AssertionError("unexpected warning: " + message);
	}
}
