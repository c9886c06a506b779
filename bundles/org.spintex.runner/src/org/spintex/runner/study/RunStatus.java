package org.spintex.runner.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The one-line status file of a run or a sweep point: running, completed, failed: why, cancelled. */
public final class RunStatus {

	public static final String FILE = "status";
	public static final String RUNNING = "running";
	public static final String COMPLETED = "completed";
	public static final String CANCELLED = "cancelled";

	private RunStatus() {
	}

	public static void write(Path directory, String status) {
		AtomicFiles.write(directory.resolve(FILE), status + "\n");
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
