package org.spintex.runner.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.spintex.core.results.SweepChart;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * sweep-charts.json in a sweep's folder: the charts its engine asked for over the sweep, saved as soon as
 * a point has asked, so that a resumed sweep whose points were all done before the kill still draws them.
 */
public final class SweepChartSpecs {

	public static final String FILE = "sweep-charts.json";

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private SweepChartSpecs() {
	}

	/** {"charts": [...]}: an object, so that more can be said of the charts later without breaking readers. */
	private record Saved(List<SweepChart> charts) {
	}

	static void write(Path sweepDir, List<SweepChart> charts) {
		AtomicFiles.write(sweepDir.resolve(FILE), GSON.toJson(new Saved(charts)) + "\n");
	}

	/** The saved charts, or none when no point asked for any. */
	public static List<SweepChart> read(Path sweepDir) {
		Path file = sweepDir.resolve(FILE);
		if (!Files.exists(file)) {
			return List.of();
		}
		try {
			Saved saved = GSON.fromJson(Files.readString(file), Saved.class);
			return saved == null || saved.charts() == null ? List.of() : saved.charts();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
		}
	}
}
