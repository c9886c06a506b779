package org.spintex.ui.views.torque;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A table the runner wrote (table.csv, torques.csv, sweep.csv, …): headers {@code name (unit)},
 * numeric columns and text columns (labels such as a torque's contribution). Rows with a missing or
 * unreadable value read as NaN in numeric columns.
 */
public record CsvTable(Path file, List<String> headers, List<double[]> numbers, List<String[]> texts) {

	/** Reads a comma-separated table with one header line. */
	public static CsvTable read(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
		if (lines.isEmpty()) {
			throw new IOException(file.getFileName() + " is empty");
		}
		List<String> headers = Arrays.stream(lines.get(0).split(",", -1)).map(String::strip).toList();
		int rows = lines.size() - 1;
		String[][] cells = new String[headers.size()][rows];
		for (int r = 0; r < rows; r++) {
			String[] values = lines.get(r + 1).split(",", -1);
			for (int c = 0; c < headers.size(); c++) {
				cells[c][r] = c < values.length ? values[c].strip() : "";
			}
		}
		List<double[]> numbers = new ArrayList<>();
		List<String[]> texts = new ArrayList<>();
		for (String[] column : cells) {
			double[] parsed = parse(column);
			numbers.add(parsed);
			texts.add(parsed == null ? column : null);
		}
		return new CsvTable(file, headers, numbers, texts);
	}

	/** The column as numbers, or null if it holds text. */
	private static double[] parse(String[] column) {
		double[] values = new double[column.length];
		for (int r = 0; r < column.length; r++) {
			if (column[r].isEmpty()) {
				values[r] = Double.NaN;
				continue;
			}
			try {
				values[r] = Double.parseDouble(column[r]);
			} catch (NumberFormatException e) {
				return null;
			}
		}
		return values;
	}

	public int rows() {
		return numbers.isEmpty() ? 0 : (numbers.get(0) != null ? numbers.get(0).length : texts.get(0).length);
	}

	public boolean isNumeric(int column) {
		return numbers.get(column) != null;
	}

	public List<Integer> numericColumns() {
		List<Integer> columns = new ArrayList<>();
		for (int c = 0; c < headers.size(); c++) {
			if (isNumeric(c)) {
				columns.add(c);
			}
		}
		return columns;
	}

	/** The first text column (labels to group rows by), if any. */
	public Optional<Integer> labelColumn() {
		for (int c = 0; c < headers.size(); c++) {
			if (!isNumeric(c)) {
				return Optional.of(c);
			}
		}
		return Optional.empty();
	}

	/** The same table with a first text column {@code header} of one label per row, to group the rows by. */
	public CsvTable withLabelColumn(String header, String[] labels) {
		List<String> h = new ArrayList<>(List.of(header));
		h.addAll(headers);
		List<double[]> n = new ArrayList<>();
		n.add(null);
		n.addAll(numbers);
		List<String[]> t = new ArrayList<>();
		t.add(labels);
		t.addAll(texts);
		return new CsvTable(file, List.copyOf(h), java.util.Collections.unmodifiableList(n), java.util.Collections.unmodifiableList(t));
	}

	public int column(String header) {
		return headers.indexOf(header);
	}
}
