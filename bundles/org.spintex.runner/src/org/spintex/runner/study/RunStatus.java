package org.spintex.runner.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one-line status file of a run or a sweep point: running, completed, completed with warnings (results that the
 * engines flagged — an unconverged ground state, a parameter outside a model's validity — listed in results.json and
 * run.log), failed: why, cancelled.
 */
public final class RunStatus {

	public static final String FILE = "status";
	public static final String RUNNING = "running";
	public static final String COMPLETED = "completed";
	public static final String COMPLETED_WITH_WARNINGS = "completed with warnings";
	public static final String CANCELLED = "cancelled";

	private RunStatus() {
	}

	public static void write(Path directory, String status) {
		AtomicFiles.write(directory.resolve(FILE), status + "\n");
	}

	/** True for a run that computed everything it was asked to, with or without warnings. */
	public static boolean isCompleted(String status) {
		return COMPLETED.equals(status) || COMPLETED_WITH_WARNINGS.equals(status);
	}

	/** The status of a completed run with {@code warnings} warnings. */
	public static String completed(int warnings) {
		return warnings == 0 ? COMPLETED : COMPLETED_WITH_WARNINGS;
	}

	public static String failed(String why) {
		return "failed: " + why.replace('\n', ' ');
	}

	public static Optional<String> read(Path directory) {
		try {
			Path file = directory.resolve(FILE);
			return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
		} catch (IOException e) {
			return Optional.empty();
		}
	}
}
