package org.spintex.ui.views.texture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The snapshots of one quantity in a run folder, in time order: {@code m000000.ovf},
 * {@code m000001.ovf}, … as the runner (and MuMax3) name them. A file without a number is a
 * series of one.
 */
public record SnapshotSeries(Path folder, String quantity, List<Path> files) {

	private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)\\.(ovf|omf)", Pattern.CASE_INSENSITIVE);

	/** The series {@code file} belongs to. */
	public static SnapshotSeries containing(Path file) throws IOException {
		Matcher name = NUMBERED.matcher(file.getFileName().toString());
		if (!name.matches()) {
			return new SnapshotSeries(file.getParent(), file.getFileName().toString(), List.of(file));
		}
		return of(file.getParent(), name.group(1));
	}

	/** The numbered snapshots of {@code quantity} in {@code folder} (possibly none). */
	public static SnapshotSeries of(Path folder, String quantity) throws IOException {
		if (!Files.isDirectory(folder)) {
			return new SnapshotSeries(folder, quantity, List.of());
		}
		try (Stream<Path> entries = Files.list(folder)) {
			List<Path> files = entries.filter(p -> {
				Matcher m = NUMBERED.matcher(p.getFileName().toString());
				return m.matches() && m.group(1).equals(quantity);
			}).sorted().toList();
			return new SnapshotSeries(folder, quantity, files);
		}
	}

	public boolean isEmpty() {
		return files.isEmpty();
	}

	public int size() {
		return files.size();
	}
}
