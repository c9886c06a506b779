package org.spintex.ui.views.torque;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.spintex.core.results.SweepChart;
import org.spintex.runner.study.SweepChartSpecs;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What a table is first shown as, by the study kind that wrote it: an NEGF run's torques per site as
 * FL/ħω and DL/ħω, one panel each, every contribution shown; a stack of films' time table as each film's
 * skyrmion position (x and y, a panel each) or else each film's ⟨m⟩ component that changes most, one curve per film; a
 * micromagnetic or collective time table as Q(t) (or its first column that changes); a sweep as the results its engine charts over
 * sweeps (else its first result that changes) against its first swept parameter — never one swept
 * input against another.
 *
 * @param x the x column (a header)
 * @param panels the y columns of each panel, in order
 */
public record ChartPreset(String x, List<List<String>> panels) {

	/** The preset for {@code table}; the sweep's swept parameters are read from input.json beside it. */
	public static ChartPreset of(CsvTable table) {
		List<String> numeric = table.numericColumns().stream().map(c -> table.headers().get(c)).toList();
		String name = table.file().getFileName().toString();
		if (numeric.isEmpty()) {
			return new ChartPreset("", List.of());
		}
		if (name.equals("torques.csv") && numeric.contains("site ()") && numeric.contains("FL/hw ()")
				&& numeric.contains("DL/hw ()")) {
			return new ChartPreset("site ()", List.of(List.of("FL/hw ()"), List.of("DL/hw ()")));
		}
		if (name.equals("sweep.csv")) {
			int swept = sweptParameters(table.file().getParent());
			List<String> coordinates = numeric.stream().filter(h -> !h.equals("point")).limit(swept).toList();
			String x = coordinates.isEmpty() ? numeric.get(0) : coordinates.get(0);
			List<String> results = numeric.stream().filter(h -> !h.equals("point") && !coordinates.contains(h)).toList();
			// what the engine charts over its sweeps (its first sweep chart), else the first result that changes
			List<String> engineChart = engineChart(table.file().getParent(), results);
			return new ChartPreset(x, List.of(engineChart.isEmpty() ? List.of(firstChanging(table, results, x)) : engineChart));
		}
		String x = numeric.get(0);
		List<List<String>> films = perFilm(table, numeric);
		if (!films.isEmpty()) {
			return new ChartPreset(x, films);
		}
		if (numeric.contains("Q ()")) {
			return new ChartPreset(x, List.of(List.of("Q ()")));
		}
		return new ChartPreset(x, List.of(List.of(firstChanging(table, numeric.subList(1, numeric.size()), x))));
	}

	/**
	 * The per-film panels of a stack's table: x_sk_&lt;film&gt; and y_sk_&lt;film&gt; when its films follow skyrmions, else the
	 * ⟨m⟩ component of the films with the largest change over the run (mx for a spin valve's reversal); none for a
	 * single film.
	 */
	private static List<List<String>> perFilm(CsvTable table, List<String> numeric) {
		List<String> xs = numeric.stream().filter(h -> h.startsWith("x_sk_")).toList();
		if (!xs.isEmpty()) {
			return List.of(xs, numeric.stream().filter(h -> h.startsWith("y_sk_")).toList());
		}
		List<String> best = List.of();
		double largest = -1;
		for (String component : List.of("mx_", "my_", "mz_")) {
			List<String> columns = numeric.stream().filter(h -> h.startsWith(component)).toList();
			double change = 0;
			for (String column : columns) {
				double[] values = table.numbers().get(table.column(column));
				double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
				for (double v : values) {
					min = Math.min(min, v);
					max = Math.max(max, v);
				}
				change += values.length == 0 ? 0 : max - min;
			}
			if (!columns.isEmpty() && change > largest) {
				largest = change;
				best = columns;
			}
		}
		return best.isEmpty() ? List.of() : List.of(best);
	}

	/**
	 * The rows of a sweep grouped by every swept parameter but the first, so that a grid sweep is one
	 * curve per value of the others ("chain.sd-exchange = 20 eV"); "" for every row of a one-parameter sweep.
	 */
	public static String[] sweepGroups(CsvTable sweep) {
		int swept = sweptParameters(sweep.file().getParent());
		List<String> coordinates = sweep.numericColumns().stream().map(c -> sweep.headers().get(c)).filter(h -> !h.equals("point"))
				.limit(swept).toList();
		String[] groups = new String[sweep.rows()];
		for (int r = 0; r < groups.length; r++) {
			List<String> parts = new ArrayList<>();
			for (String header : coordinates.subList(Math.min(1, coordinates.size()), coordinates.size())) {
				double si = sweep.numbers().get(sweep.column(header))[r];
				AxisUnit unit = AxisUnit.of(header, Math.abs(si));
				parts.add(unit.name() + " = " + org.spintex.runner.charts.NumberText.compact(unit.shown(si))
						+ (unit.unit().isEmpty() ? "" : " " + unit.unit()));
			}
			groups[r] = String.join(", ", parts);
		}
		return groups;
	}

	/** Every y column of the preset. */
	public List<String> columns() {
		return panels.stream().flatMap(List::stream).toList();
	}

	/** The first of {@code candidates} whose values are not all the same, else the first. */
	private static String firstChanging(CsvTable table, List<String> candidates, String fallback) {
		for (String header : candidates) {
			double[] values = table.numbers().get(table.column(header));
			if (Arrays.stream(values).filter(v -> !Double.isNaN(v)).distinct().count() > 1) {
				return header;
			}
		}
		return candidates.isEmpty() ? fallback : candidates.get(0);
	}

	/**
	 * The columns of the first chart the engine asked for over the sweep (the runner's
	 * {@link SweepChartSpecs} beside sweep.csv: seed 004's total torques per contribution, for instance),
	 * among {@code results}.
	 */
	static List<String> engineChart(Path folder, List<String> results) {
		try {
			List<SweepChart> charts = SweepChartSpecs.read(folder);
			if (charts.isEmpty()) {
				return List.of();
			}
			List<String> columns = new ArrayList<>();
			for (SweepChart.Curve curve : charts.get(0).curves()) {
				results.stream().filter(h -> h.startsWith(curve.scalar() + " (")).findFirst().ifPresent(columns::add);
			}
			return columns;
		} catch (RuntimeException unreadable) {
			return List.of();
		}
	}

	/** How many parameters the sweep in {@code folder} sweeps (the columns after "point" in sweep.csv). */
	static int sweptParameters(Path folder) {
		try {
			JsonObject input = JsonParser.parseString(Files.readString(folder.resolve("input.json"), StandardCharsets.UTF_8))
					.getAsJsonObject();
			List<Integer> counts = new ArrayList<>();
			input.getAsJsonArray("points").forEach(p -> counts.add(p.getAsJsonObject().getAsJsonObject("coordinates").size()));
			return counts.isEmpty() ? 1 : counts.get(0);
		} catch (IOException | RuntimeException e) {
			return 1;
		}
	}
}
