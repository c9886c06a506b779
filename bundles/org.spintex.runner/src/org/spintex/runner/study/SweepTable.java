package org.spintex.runner.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.spintex.compiler.CompiledPoint;
import org.spintex.core.results.Chart;
import org.spintex.core.results.SweepChart;
import org.spintex.runner.charts.PngCharts;
import org.spintex.runner.charts.SweepCharts;

/**
 * What a sweep ends with, from its points' outcomes: sweep.csv (a row per point — its coordinates in SI, every scalar,
 * every word, the status) and the charts the engine asked for over the sweep. The same for a local run and for the
 * gather of one that ran on Slurm, so that both write the same bytes.
 */
final class SweepTable {

	private SweepTable() {
	}

	/** Writes sweep.csv: the header names each column's SI unit; a failed point's row has its status and no values. */
	static void write(Path dir, List<CompiledPoint> points, List<PointOutcome> outcomes) {
		Set<String> scalarNames = new LinkedHashSet<>();
		Set<String> wordNames = new LinkedHashSet<>();
		outcomes.forEach(o -> {
			scalarNames.addAll(o.scalars().keySet());
			wordNames.addAll(o.words().keySet());
		});
		List<String> header = new ArrayList<>(List.of("point"));
		points.get(0).coordinates().forEach(c -> header.add(c.path() + " (" + c.siUnit() + ")"));
		for (String name : scalarNames) {
			String unit = outcomes.stream().map(o -> o.scalars().get(name)).filter(s -> s != null).findFirst()
					.map(PointRecorder.Scalar::unit).orElse("");
			header.add(name + " (" + unit + ")");
		}
		header.addAll(wordNames);
		header.add("status");
		StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
		for (int i = 0; i < points.size(); i++) {
			PointOutcome o = outcomes.get(i);
			List<String> row = new ArrayList<>(List.of(Integer.toString(points.get(i).index())));
			points.get(i).coordinates().forEach(c -> row.add(number(c.siValue())));
			scalarNames.forEach(n -> row.add(o.scalars().containsKey(n) ? number(o.scalars().get(n).value()) : ""));
			wordNames.forEach(n -> row.add(o.words().getOrDefault(n, "")));
			row.add('"' + o.status().replace("\"", "'") + '"');
			csv.append(String.join(",", row)).append('\n');
		}
		AtomicFiles.write(dir.resolve("sweep.csv"), csv.toString());
	}

	/** The charts the engine asked for over the sweep, drawn from every completed point. */
	static void drawCharts(Path dir, List<CompiledPoint> points, List<PointOutcome> outcomes, Consumer<String> log) {
		// points kept from before a resume do not ask again: their request was saved
		List<SweepChart> specs = outcomes.stream().map(PointOutcome::sweepCharts).filter(c -> !c.isEmpty()).findFirst()
				.orElseGet(() -> SweepChartSpecs.read(dir));
		List<SweepCharts.Point> data = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			if (!RunStatus.isCompleted(outcomes.get(i).status())) {
				continue;
			}
			List<CompiledPoint.Coordinate> c = points.get(i).coordinates();
			Map<String, Double> scalars = new java.util.LinkedHashMap<>();
			outcomes.get(i).scalars().forEach((name, s) -> scalars.put(name, s.value()));
			data.add(new SweepCharts.Point(c.stream().map(CompiledPoint.Coordinate::path).toList(),
					c.stream().map(CompiledPoint.Coordinate::unit).toList(),
					c.stream().mapToDouble(CompiledPoint.Coordinate::value).toArray(), scalars));
		}
		for (SweepChart spec : specs) {
			for (Chart chart : SweepCharts.of(spec, data)) {
				AtomicFiles.write(dir.resolve(chart.name() + ".png"), PngCharts.png(chart));
				log.accept("drew " + chart.name() + ".png");
			}
		}
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.10g", value);
	}
}
