package org.spintex.runner.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.spintex.core.results.ResultSink;

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
	private final Path directory;
	private final Consumer<String> log;

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

	/** Writes results.json with the point's input hash. */
	public synchronized void writeResults(String inputHash) {
		JsonObject json = new JsonObject();
		json.addProperty("inputHash", inputHash);
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
		AtomicFiles.write(directory.resolve("results.json"),
				new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json) + "\n");
	}
}
