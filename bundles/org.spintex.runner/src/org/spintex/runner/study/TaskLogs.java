package org.spintex.runner.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The Slurm tasks' logs, joined into the study's run.log by the gather, in the order of their points. */
final class TaskLogs {

	private TaskLogs() {
	}

	/**
	 * Appends each task log in {@code folder} to {@code runLog}, in name order (point-001.log, point-002.log, …),
	 * and removes it once appended, so that a later gather (after a --resume) does not append it twice.
	 */
	static void appendTo(Path folder, AppendedFile runLog) {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (var files = Files.list(folder)) {
			List<Path> logs = files.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList();
			for (Path taskLog : logs) {
				String text = new String(Files.readAllBytes(taskLog), StandardCharsets.UTF_8);
				runLog.append(text.isEmpty() || text.endsWith("\n") ? text : text + "\n");
				Files.delete(taskLog);
			}
		} catch (IOException e) {
			throw new OutputFailure(folder, e);
		}
	}
}
