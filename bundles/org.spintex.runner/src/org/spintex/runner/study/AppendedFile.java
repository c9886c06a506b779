package org.spintex.runner.study;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file that grows record by record (a table's rows, run.log's lines), each record whole or not at
 * all: handed to the operating system at once (no buffer in the JVM), so a killed run keeps every
 * record it wrote, and when a write fails half-way (a full disk) the file is cut back to where the
 * record began.
 */
final class AppendedFile implements AutoCloseable {

	private final Path file;
	private final FileChannel channel;

	private AppendedFile(Path file, FileChannel channel) {
		this.file = file;
		this.channel = channel;
	}

	/** Opens {@code file} for appending, creating it (and its folder) when it is not there. */
	static AppendedFile open(Path file) {
		try {
			Files.createDirectories(file.getParent());
			return new AppendedFile(file, FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.APPEND));
		} catch (IOException e) {
			throw new OutputFailure(file, e);
		}
	}

	/** Appends {@code text} whole, or leaves the file as it was and throws {@link OutputFailure}. */
	synchronized void append(String text) {
		ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
		long size = -1;
		try {
			size = channel.size();
			while (bytes.hasRemaining()) {
				channel.write(bytes);
			}
		} catch (IOException e) {
			if (size >= 0) {
				try {
					channel.truncate(size);
				} catch (IOException ignored) {
					// the record stays cut short; the original failure says why
				}
			}
			throw new OutputFailure(file, e);
		}
	}

	@Override
	public synchronized void close() {
		try {
			channel.close();
		} catch (IOException e) {
			throw new OutputFailure(file, e);
		}
	}
}
