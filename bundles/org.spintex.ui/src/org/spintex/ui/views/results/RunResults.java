package org.spintex.ui.views.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.spintex.runner.charts.NumberText;
import org.spintex.runner.study.RunStatus;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What a run folder says about itself: its status, the hash of its compiled input, its warnings,
 * the scalar results of results.json (value and unit) or the words of a choice, and what it was
 * computed from ({@link RunInputs}).
 */
public record RunResults(Path folder, String status, String inputHash, Map<String, Entry> entries, List<String> warnings,
		RunInputs inputs) {

	/** One result: a number with its SI unit, or a word. */
	public record Entry(double value, String unit, String word) {
		public String text() {
			if (word != null) {
				return word;
			}
			return String.format(Locale.ROOT, "%.6g", value);
		}
	}

	/** One line of a comparison: a quantity in run A and run B. */
	public record Comparison(String name, Entry a, Entry b) {

		/** b − a; NaN when either is missing or a word. */
		public double difference() {
			return numbers() ? b.value() - a.value() : Double.NaN;
		}

		/**
		 * (b − a)/|a| where that means something: NaN when either is missing or a word, when a is 0 and
		 * b is not, and when the sign changed (a relative change across zero says nothing about the size
		 * of either); 0 when both are 0.
		 */
		public double relativeChange() {
			if (!numbers() || a.value() == 0 && b.value() != 0 || Math.signum(a.value()) * Math.signum(b.value()) < 0) {
				return Double.NaN;
			}
			return a.value() == 0 ? 0 : (b.value() - a.value()) / Math.abs(a.value());
		}

		/** The relative change as shown: "+2.5 %", "sign changed", "from 0", or "" where there is none. */
		public String relativeText() {
			if (!numbers()) {
				return "";
			}
			if (a.value() == 0 && b.value() != 0) {
				return "from 0";
			}
			if (Math.signum(a.value()) * Math.signum(b.value()) < 0) {
				return "sign changed";
			}
			return String.format(Locale.ROOT, "%+.3g %%", 100 * relativeChange());
		}

		/** The difference as shown, "" where there is none. */
		public String differenceText() {
			return numbers() ? NumberText.signed(difference()) : "";
		}

		private boolean numbers() {
			return a != null && b != null && a.word() == null && b.word() == null;
		}
	}

	public static boolean isRun(Path folder) {
		return Files.isRegularFile(folder.resolve("results.json"));
	}

	public static RunResults read(Path folder) throws IOException {
		JsonObject json = JsonParser.parseString(Files.readString(folder.resolve("results.json"), StandardCharsets.UTF_8))
				.getAsJsonObject();
		Map<String, Entry> entries = new LinkedHashMap<>();
		if (json.has("results")) {
			for (Map.Entry<String, JsonElement> e : json.getAsJsonObject("results").entrySet()) {
				if (e.getValue().isJsonObject()) {
					JsonObject s = e.getValue().getAsJsonObject();
					entries.put(e.getKey(), new Entry(s.get("value").getAsDouble(), s.get("unit").getAsString(), null));
				} else {
					entries.put(e.getKey(), new Entry(Double.NaN, "", e.getValue().getAsString()));
				}
			}
		}
		List<String> warnings = new ArrayList<>();
		if (json.has("warnings")) {
			json.getAsJsonArray("warnings").forEach(w -> warnings.add(w.getAsString()));
		}
		String hash = json.has("inputHash") ? json.get("inputHash").getAsString() : "";
		return new RunResults(folder, RunStatus.read(folder).orElse("unknown"), hash, entries, warnings,
				RunInputs.read(folder, hash));
	}

	/** The quantities of two runs side by side, in the order of {@code a} then those only in {@code b}. */
	public static List<Comparison> compare(RunResults a, RunResults b) {
		Set<String> names = new LinkedHashSet<>(a.entries().keySet());
		names.addAll(b.entries().keySet());
		return names.stream().map(n -> new Comparison(n, a.entries().get(n), b.entries().get(n))).toList();
	}
}
