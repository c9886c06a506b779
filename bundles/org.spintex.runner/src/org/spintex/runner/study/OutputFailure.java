package org.spintex.runner.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A results file could not be written: a full disk, a read-only or vanished folder, a quota. Not a
 * failure of the physics: the run stops (there is nowhere to put what it computes), the command line
 * says why with the fix and exits with the environment's code. What was written before is whole: files
 * are replaced atomically and appended files are cut back to their last whole line.
 */
public final class OutputFailure extends UncheckedIOException {

	private static final long serialVersionUID = 1L;

	public OutputFailure(Path file, IOException cause) {
		super(message(file, cause), cause);
	}

	private static String message(Path file, IOException cause) {
		String reason = cause instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
				: cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
		return "cannot write " + file + ": " + reason + hint(reason);
	}

	/** What to do about the usual causes, in the words the operating system uses for them. */
	private static String hint(String reason) {
		String lower = reason.toLowerCase(java.util.Locale.ROOT);
		if (lower.contains("no space") || lower.contains("quota")) {
			return " (the disk is full: free space or choose another --out, then continue with --resume)";
		}
		if (lower.contains("read-only") || lower.contains("permission denied") || lower.contains("access denied")) {
			return " (the folder cannot be written: choose a writable --out)";
		}
		return "";
	}
}
