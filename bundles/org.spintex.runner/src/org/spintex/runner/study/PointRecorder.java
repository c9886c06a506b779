package org.spintex.runner.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.spintex.core.results.Chart;
import org.spintex.core.results.FieldSnapshot;
import org.spintex.core.results.ResultSink;
import org.spintex.core.results.SweepChart;
import org.spintex.input.FieldFileFormat;
import org.spintex.io.ovf.OvfFormat;
import org.spintex.io.ovf.OvfWriter;
import org.spintex.io.vtk.VtkImageWriter;
import org.spintex.runner.charts.PngCharts;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Collects what an engine computes for one point and writes it: results.json (each scalar with its
 * value and SI unit, words, warnings), one CSV per table with units in the header. A non-finite
 * scalar is a numerical blow-up and fails the point.
 */
public final class PointRecorder implements ResultSink {

	/** A scalar result in SI. */
	public record Scalar(double value, String unit) {
	}

	private final Map<String, Scalar> scalars = new LinkedHashMap<>();
	private final Map<String, String> words = new LinkedHashMap<>();
	private final List<String> warnings = new ArrayList<>();
	private final List<SweepChart> sweepCharts = new ArrayList<>();
	private final Path directory;
	private final Consumer<String> log;
	private final Map<String, AppendedFile> growingTables = new LinkedHashMap<>();
	private FieldFileFormat fieldFormat = FieldFileFormat.DEFAULT;
	private String inputHash = "";

	private JsonObject provenance;

	public PointRecorder(Path directory, Consumer<String> log) {
		this.directory = directory;
		this.log = log;
	}

	@Override
	public synchronized void scalar(String name, double value, String siUnit) {
		if (!Double.isFinite(value)) {
			throw new ArithmeticException(name + " is " + value + ": the computation broke down");
		}
		scalars.put(name, new Scalar(value, siUnit));
		log.accept(String.format(Locale.ROOT, "%s = %.6g %s", name, value, siUnit));
	}

	@Override
	public synchronized void word(String name, String value) {
		words.put(name, value);
		log.accept(name + " = " + value);
	}

	@Override
	public void table(String name, List<String> columns, List<double[]> rows) {
		StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
		for (double[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				csv.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.10g", row[i]));
			}
			csv.append('\n');
		}
		AtomicFiles.write(directory.resolve(name + ".csv"), csv.toString());
		log.accept("wrote " + name + ".csv (" + rows.size() + " rows)");
	}

	@Override
	public void labelledTable(String name, List<String> columns, List<Object[]> rows) {
		StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
		for (Object[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				csv.append(i == 0 ? "" : ",").append(cell(row[i]));
			}
			csv.append('\n');
		}
		AtomicFiles.write(directory.resolve(name + ".csv"), csv.toString());
		log.accept("wrote " + name + ".csv (" + rows.size() + " rows)");
	}

	/** A number as %.10g (integers as they are), a label quoted when it holds a comma or a quote. */
	private static String cell(Object value) {
		if (value instanceof Integer || value instanceof Long) {
			return value.toString();
		}
		if (value instanceof Number number) {
			return String.format(Locale.ROOT, "%.10g", number.doubleValue() + 0.0); // + 0.0: no "-0"
		}
		String text = String.valueOf(value);
		return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	@Override
	public void chart(Chart chart) {
		AtomicFiles.write(directory.resolve(chart.name() + ".png"), PngCharts.png(chart));
		log.accept("drew " + chart.name() + ".png");
	}

	@Override
	public synchronized void sweepChart(SweepChart chart) {
		sweepCharts.add(chart);
	}

	/** The sweep charts the engine asked for, drawn by the runner once the sweep is done. */
	public synchronized List<SweepChart> sweepCharts() {
		return List.copyOf(sweepCharts);
	}

	/** The hash of the input this point runs, written into its checkpoints. */
	public synchronized void setInputHash(String hash) {
		this.inputHash = hash;
	}

	/**
	 * Continues {@code table}.csv after a resume: keeps its header and first {@code rows} rows (those
	 * before the checkpoint; later ones are computed again) and appends from there.
	 */
	public synchronized void continueTable(String table, int rows) {
		Path file = directory.resolve(table + ".csv");
		try {
			List<String> lines = java.nio.file.Files.exists(file) ? java.nio.file.Files.readAllLines(file) : List.of();
			if (lines.isEmpty()) {
				return;
			}
			List<String> kept = lines.subList(0, Math.min(lines.size(), rows + 1));
			AtomicFiles.write(file, String.join("\n", kept) + "\n");
			growingTables.put(table, AppendedFile.open(file));
		} catch (java.io.IOException e) {
			throw new OutputFailure(file, e);
		}
	}

	/**
	 * Keeps the latest checkpoint: its state in checkpoint-NNNNNN.ovf (binary 8, exact), then
	 * checkpoint.json naming that file, then the older state is removed — so a kill at any moment leaves
	 * a checkpoint.json whose state file exists.
	 */
	@Override
	public synchronized void checkpoint(org.spintex.core.results.Checkpoint checkpoint) {
		String stateFile = String.format(Locale.ROOT, "checkpoint-%06d.ovf", checkpoint.outputs());
		AtomicFiles.write(directory.resolve(stateFile), OvfWriter.write(checkpoint.state(), OvfFormat.BINARY8));
		Path json = directory.resolve("checkpoint.json");
		String previous = Checkpoints.stateFile(json).orElse(null);
		JsonObject meta = new JsonObject();
		meta.addProperty("inputHash", inputHash);
		meta.addProperty("state", stateFile);
		meta.addProperty("steps", checkpoint.steps());
		meta.addProperty("outputs", checkpoint.outputs());
		meta.addProperty("nextStepSecond", checkpoint.nextStepSecond());
		meta.addProperty("rejectedSteps", checkpoint.rejectedSteps());
		if (Double.isFinite(checkpoint.smallestStepSecond())) {
			meta.addProperty("smallestStepSecond", checkpoint.smallestStepSecond());
		}
		// what was reported before the checkpoint (the ground state's convergence, warnings) is not
		// reported again by the resumed run: keep it here, so results.json comes out the same
		meta.add("recorded", recorded());
		AtomicFiles.write(json, new GsonBuilder().setPrettyPrinting().create().toJson(meta) + "\n");
		if (previous != null && !previous.equals(stateFile)) {
			try {
				java.nio.file.Files.deleteIfExists(directory.resolve(previous));
			} catch (java.io.IOException e) {
				log.accept("warning: cannot remove the older checkpoint " + previous + ": " + e.getMessage());
			}
		}
	}

	/** How the fields that follow are written. */
	public synchronized void setFieldFormat(FieldFileFormat format) {
		this.fieldFormat = format;
	}

	/** Appends the row whole, so that a killed run keeps every row it produced and a full disk cuts none in half. */
	@Override
	public synchronized void row(String table, List<String> columns, double[] values) {
		AppendedFile file = growingTables.get(table);
		if (file == null) {
			Path path = directory.resolve(table + ".csv");
			AtomicFiles.write(path, String.join(",", columns) + "\n");
			file = AppendedFile.open(path);
			growingTables.put(table, file);
		}
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < values.length; i++) {
			line.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.10g", values[i]));
		}
		file.append(line.append('\n').toString());
	}

	@Override
	public synchronized void field(String name, FieldSnapshot snapshot) {
		switch (fieldFormat) {
		case VTK -> AtomicFiles.write(directory.resolve(name + ".vti"), VtkImageWriter.write(snapshot));
		case OVF_BINARY4 -> AtomicFiles.write(directory.resolve(name + ".ovf"), OvfWriter.write(snapshot, OvfFormat.BINARY4));
		case OVF_BINARY8 -> AtomicFiles.write(directory.resolve(name + ".ovf"), OvfWriter.write(snapshot, OvfFormat.BINARY8));
		case OVF_TEXT -> AtomicFiles.write(directory.resolve(name + ".ovf"), OvfWriter.write(snapshot, OvfFormat.TEXT));
		}
	}

	/** Closes the tables that grew row by row. */
	public synchronized void closeTables() {
		for (AppendedFile file : growingTables.values()) {
			try {
				file.close();
			} catch (OutputFailure e) {
				log.accept("warning: closing a table failed: " + e.getMessage());
			}
		}
		growingTables.clear();
	}

	/** The warnings so far, in the order they came. */
	public synchronized List<String> warnings() {
		return List.copyOf(warnings);
	}

	@Override
	public synchronized void warning(String message) {
		warnings.add(message);
		log.accept("warning: " + message);
	}

	/** The scalars in the order the engine reported them. */
	public synchronized Map<String, Scalar> scalars() {
		return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scalars));
	}

	public synchronized Map<String, String> words() {
		return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(words));
	}

	/** Where the run comes from ({@link RunProvenance}), written into results.json. */
	public synchronized void setProvenance(JsonObject provenance) {
		this.provenance = provenance;
	}

	/** Writes results.json with the point's input hash (and the run's provenance, when it has one). */
	public synchronized void writeResults(String inputHash) {
		closeTables();
		JsonObject json = new JsonObject();
		json.addProperty("inputHash", inputHash);
		if (provenance != null) {
			json.add("provenance", provenance);
		}
		recorded().entrySet().forEach(e -> json.add(e.getKey(), e.getValue()));
		AtomicFiles.write(directory.resolve("results.json"),
				new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json) + "\n");
	}

	/** {"results": {name: {value, unit} or word}, "warnings": [...]}, the body of results.json. */
	private JsonObject recorded() {
		JsonObject json = new JsonObject();
		JsonObject results = new JsonObject();
		scalars.forEach((name, s) -> {
			JsonObject entry = new JsonObject();
			entry.addProperty("value", s.value());
			entry.addProperty("unit", s.unit());
			results.add(name, entry);
		});
		words.forEach(results::addProperty);
		json.add("results", results);
		JsonArray warningList = new JsonArray();
		warnings.forEach(warningList::add);
		json.add("warnings", warningList);
		return json;
	}

	/** Takes back what a checkpoint recorded (see {@link #recorded()}) before a resumed run reports more. */
	public synchronized void restore(JsonObject recorded) {
		Recorded earlier = Recorded.of(recorded);
		scalars.putAll(earlier.scalars());
		words.putAll(earlier.words());
		warnings.addAll(earlier.warnings());
	}

	/** The body of results.json (or of a checkpoint's "recorded"), read back. */
	public record Recorded(Map<String, Scalar> scalars, Map<String, String> words, List<String> warnings) {

		public static Recorded of(JsonObject json) {
			Map<String, Scalar> scalars = new LinkedHashMap<>();
			Map<String, String> words = new LinkedHashMap<>();
			json.getAsJsonObject("results").entrySet().forEach(e -> {
				if (e.getValue().isJsonObject()) {
					JsonObject s = e.getValue().getAsJsonObject();
					scalars.put(e.getKey(), new Scalar(s.get("value").getAsDouble(), s.get("unit").getAsString()));
				} else {
					words.put(e.getKey(), e.getValue().getAsString());
				}
			});
			List<String> warnings = new ArrayList<>();
			if (json.has("warnings")) {
				json.getAsJsonArray("warnings").forEach(w -> warnings.add(w.getAsString()));
			}
			return new Recorded(scalars, words, warnings);
		}
	}
}
