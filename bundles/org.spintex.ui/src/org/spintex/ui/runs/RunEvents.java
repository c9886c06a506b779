package org.spintex.ui.runs;

import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs started from the workbench, as the views follow them: a run folder appears, fills with
 * snapshots and tables, and ends with a status.
 */
public final class RunEvents {

	/** What a view does when a run starts, writes, or ends (nothing, unless it says); called from the run's threads. */
	public interface Listener {
		default void started(Path runFolder) {
		}

		/** New files may be in the folder. */
		default void updated(Path runFolder) {
		}

		default void finished(Path runFolder, String status) {
		}
	}

	private static final CopyOnWriteArrayList<Listener> LISTENERS = new CopyOnWriteArrayList<>();
	private static volatile Path latest;

	private RunEvents() {
	}

	public static void add(Listener listener) {
		LISTENERS.add(listener);
	}

	public static void remove(Listener listener) {
		LISTENERS.remove(listener);
	}

	/** The folder of the run started last in this session, for a view opened after it started. */
	public static java.util.Optional<Path> latest() {
		return java.util.Optional.ofNullable(latest);
	}

	static void started(Path folder) {
		latest = folder;
		LISTENERS.forEach(l -> l.started(folder));
	}

	static void updated(Path folder) {
		LISTENERS.forEach(l -> l.updated(folder));
	}

	static void finished(Path folder, String status) {
		LISTENERS.forEach(l -> l.finished(folder, status));
	}
}
