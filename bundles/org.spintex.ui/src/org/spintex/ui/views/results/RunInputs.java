package org.spintex.ui.views.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What a run was computed from, as its input.json says (in the run folder, or for a sweep point in
 * the sweep's folder): the point's sweep coordinates, the overrides that were not in the file, and
 * the compiled engine input flattened to {@code path = value} lines in SI, so that two runs can name
 * the inputs in which they differ.
 */
public record RunInputs(Map<String, String> coordinates, Map<String, String> overrides, Map<String, String> input) {

	static final RunInputs NONE = new RunInputs(Map.of(), Map.of(), Map.of());

	/** The inputs of the point with hash {@code inputHash}; {@link #NONE} when input.json is not there. */
	static RunInputs read(Path run, String inputHash) {
		for (Path folder = run; folder != null && folder.getNameCount() > run.getNameCount() - 2; folder = folder.getParent()) {
			Path file = folder.resolve("input.json");
			if (Files.isRegularFile(file)) {
				try {
					JsonObject json = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
					for (JsonElement point : json.getAsJsonArray("points")) {
						JsonObject entry = point.getAsJsonObject();
						if (entry.get("hash").getAsString().equals(inputHash)) {
							return new RunInputs(flat(entry.getAsJsonObject("coordinates")),
									entry.has("overrides") ? flat(entry.getAsJsonObject("overrides")) : Map.of(),
									flatten(entry.get("input")));
						}
					}
				} catch (IOException | RuntimeException e) {
					return NONE;
				}
			}
		}
		return NONE;
	}

	/** The input paths whose values differ, as {@code path: A → B} (a missing side shows as —). */
	public static List<String> differences(RunInputs a, RunInputs b) {
		Set<String> paths = new LinkedHashSet<>(a.input().keySet());
		paths.addAll(b.input().keySet());
		List<String> lines = new ArrayList<>();
		for (String path : paths) {
			String x = a.input().get(path), y = b.input().get(path);
			if (!Objects.equals(x, y)) {
				lines.add(path + ": " + (x == null ? "—" : x) + " → " + (y == null ? "—" : y));
			}
		}
		return lines;
	}

	private static Map<String, String> flat(JsonObject object) {
		Map<String, String> values = new LinkedHashMap<>();
		if (object != null) {
			object.entrySet().forEach(e -> values.put(e.getKey(), e.getValue().toString()));
		}
		return values;
	}

	static Map<String, String> flatten(JsonElement input) {
		Map<String, String> values = new LinkedHashMap<>();
		flatten("", input, values);
		return values;
	}

	private static void flatten(String path, JsonElement element, Map<String, String> values) {
		if (element == null || element.isJsonNull()) {
			return;
		}
		if (element.isJsonObject()) {
			element.getAsJsonObject().entrySet()
					.forEach(e -> flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), values));
		} else if (element.isJsonArray() && element.getAsJsonArray().asList().stream().anyMatch(e -> !e.isJsonPrimitive())) {
			for (int i = 0; i < element.getAsJsonArray().size(); i++) {
				flatten(path + "[" + i + "]", element.getAsJsonArray().get(i), values);
			}
		} else {
			values.put(path, element.isJsonPrimitive() && element.getAsJsonPrimitive().isString() ? element.getAsString()
					: element.toString());
		}
	}
}
