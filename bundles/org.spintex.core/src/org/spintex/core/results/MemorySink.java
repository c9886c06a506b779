package org.spintex.core.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps what a study reports in memory, for callers that run an engine in-process and read its results directly:
 * the engines' tests, and views that show a run without files. Tables are found by name, their columns by the name
 * before the unit ({@code "t"} finds {@code "t (s)"} and {@code "t [s]"}).
 */
public final class MemorySink implements ResultSink {

	private final Map<String, Double> scalars = new LinkedHashMap<>();
	private final Map<String, String> words = new LinkedHashMap<>();
	private final Map<String, List<String>> columns = new LinkedHashMap<>();
	private final Map<String, List<double[]>> rows = new LinkedHashMap<>();
	private final Map<String, List<Object[]>> labelledTables = new LinkedHashMap<>();
	private final Map<String, FieldSnapshot> fields = new LinkedHashMap<>();
	private final List<Chart> charts = new ArrayList<>();
	private final List<Checkpoint> checkpoints = new ArrayList<>();
	private final List<String> warnings = new ArrayList<>();

	@Override
	public synchronized void scalar(String name, double value, String siUnit) {
		scalars.put(name, value);
	}

	@Override
	public synchronized void word(String name, String value) {
		words.put(name, value);
	}

	@Override
	public synchronized void table(String name, List<String> columnNames, List<double[]> tableRows) {
		columns.put(name, List.copyOf(columnNames));
		rows.put(name, new ArrayList<>(tableRows.stream().map(double[]::clone).toList()));
	}

	@Override
	public synchronized void row(String table, List<String> columnNames, double[] values) {
		columns.putIfAbsent(table, List.copyOf(columnNames));
		rows.computeIfAbsent(table, t -> new ArrayList<>()).add(values.clone());
	}

	@Override
	public synchronized void field(String name, FieldSnapshot snapshot) {
		fields.put(name, snapshot);
	}

	@Override
	public synchronized void checkpoint(Checkpoint checkpoint) {
		checkpoints.add(checkpoint);
	}

	@Override
	public synchronized void labelledTable(String name, List<String> columnNames, List<Object[]> tableRows) {
		columns.put(name, List.copyOf(columnNames));
		labelledTables.put(name, List.copyOf(tableRows));
	}

	@Override
	public synchronized void chart(Chart chart) {
		charts.add(chart);
	}

	@Override
	public synchronized void warning(String message) {
		warnings.add(message);
	}

	/** The scalar {@code name}; an error naming the ones reported when there is none. */
	public synchronized double scalar(String name) {
		Double value = scalars.get(name);
		if (value == null) {
			throw new IllegalArgumentException("no scalar " + name + " among " + scalars.keySet());
		}
		return value;
	}

	public synchronized Optional<String> word(String name) {
		return Optional.ofNullable(words.get(name));
	}

	/** The rows of table {@code name} so far, empty when it has none. */
	public synchronized List<double[]> rows(String table) {
		return List.copyOf(rows.getOrDefault(table, List.of()));
	}

	/** Column {@code name} of table {@code table}, over its rows so far. */
	public synchronized double[] column(String table, String name) {
		List<String> names = columns.getOrDefault(table, List.of());
		for (int i = 0; i < names.size(); i++) {
			String column = names.get(i);
			if (column.equals(name) || column.startsWith(name + " (") || column.startsWith(name + " [")) {
				int index = i;
				return rows.getOrDefault(table, List.of()).stream().mapToDouble(r -> r[index]).toArray();
			}
		}
		throw new IllegalArgumentException("no column " + name + " in table " + table + " " + names);
	}

	public synchronized List<Object[]> labelledTable(String name) {
		return labelledTables.getOrDefault(name, List.of());
	}

	public synchronized Optional<FieldSnapshot> field(String name) {
		return Optional.ofNullable(fields.get(name));
	}

	public synchronized List<String> chartNames() {
		return charts.stream().map(Chart::name).toList();
	}

	public synchronized List<Checkpoint> checkpoints() {
		return List.copyOf(checkpoints);
	}

	public synchronized List<String> warnings() {
		return List.copyOf(warnings);
	}
}
