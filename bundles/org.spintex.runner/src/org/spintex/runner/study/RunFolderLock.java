package org.spintex.runner.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run at a time in a results folder: a run holds an operating-system lock on the folder's {@code .lock} file
 * while it writes, so that a second run into the same folder — a {@code --resume} started twice, two Slurm tasks on
 * one point — is refused instead of interleaving its files with the first's. The lock goes with the process, so a
 * killed run leaves nothing to clean up.
 */
public final class RunFolderLock implements AutoCloseable {

	static final String FILE = ".lock";

	private final FileChannel channel;
	private final FileLock lock;

	private RunFolderLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** Takes the folder's lock, or refuses with {@link StudyRun.DirectoryTaken} if another run holds it. */
	public static RunFolderLock acquire(Path dir) {
		FileChannel channel;
		try {
			channel = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		} catch (IOException e) {
			throw new OutputFailure(dir.resolve(FILE), e);
		}
		FileLock lock;
		try {
			lock = channel.tryLock();
		} catch (OverlappingFileLockException held) {
			lock = null;
		} catch (IOException e) {
			close(channel);
			throw new UncheckedIOException("cannot lock " + dir + ": " + e.getMessage(), e);
		}
		if (lock == null) {
			close(channel);
			throw new StudyRun.DirectoryTaken(dir + " is being written by another spintex run right now; wait for it to end, "
					+ "or choose another --out");
		}
		return new RunFolderLock(channel, lock);
	}

	@Override
	public void close() {
		try {
			lock.release();
		} catch (IOException e) {
			// the channel's close below releases it as well
		}
		close(channel);
	}

	private static void close(FileChannel channel) {
		try {
			channel.close();
		} catch (IOException e) {
			// nothing was written through it
		}
	}
}
