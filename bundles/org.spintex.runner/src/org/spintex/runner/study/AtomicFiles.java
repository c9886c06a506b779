package org.spintex.runner.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files whole or not at all (temporary file + atomic rename), so a killed run never leaves half a file. */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	public static void write(Path file, String text) {
		write(file, text.getBytes(StandardCharsets.UTF_8));
	}

	/** Writes {@code bytes} as {@code file}, or leaves the folder as it was and throws {@link OutputFailure}. */
	public static void write(Path file, byte[] bytes) {
		Path temporary = null;
		try {
			Files.createDirectories(file.getParent());
			temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".partial");
			Files.write(temporary, bytes);
			// temporary files are private; results are for everyone who may read the directory (where the
			// file system has POSIX permissions; elsewhere the directory's ACL decides)
			if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(temporary, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
			}
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			// a full disk: no half file stays behind, and its space is free again for the status
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				} catch (IOException ignored) {
					// removeLeftovers takes it at the next --resume
				}
			}
			throw new OutputFailure(file, e);
		}
	}

	/** Deletes the temporary files of writes that a killed run interrupted (".name…partial"), below {@code dir}. */
	public static void removeLeftovers(Path dir) {
		try (var files = Files.walk(dir)) {
			for (Path p : files.filter(AtomicFiles::isLeftover).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			throw new OutputFailure(dir, e);
		}
	}

	private static boolean isLeftover(Path p) {
		String name = p.getFileName().toString();
		return name.startsWith(".") && name.endsWith(".partial") && Files.isRegularFile(p);
	}
}
