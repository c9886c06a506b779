package org.spintex.runner.study;

import java.util.function.Consumer;

/**
 * The progress lines of a run on the console, from the same {@link RunProgress} value as every other
 * progress display: a single run prints a line when its stage changes and at every further tenth of
 * the whole run; a sweep prints one line per ended point.
 */
final class ProgressLines {

	private static final int BAR_WIDTH = 20;

	private final Consumer<String> console;
	private final boolean sweep;
	private String shownStage;
	private int shownTenths = -1;

	ProgressLines(Consumer<String> console, boolean sweep) {
		this.console = console;
		this.sweep = sweep;
	}

	synchronized void stage(RunProgress.Snapshot snapshot) {
		if (sweep) {
			return;
		}
		int tenths = (int) Math.floor(10 * snapshot.fraction() + 1e-9);
		if (!snapshot.stage().equals(shownStage) || tenths > shownTenths) {
			shownStage = snapshot.stage();
			shownTenths = Math.max(shownTenths, tenths);
			console.accept(bar(snapshot.fraction()) + " " + snapshot.describe());
		}
	}

	synchronized void pointEnded(RunProgress.Snapshot snapshot, String status) {
		if (sweep) {
			console.accept(bar(snapshot.fraction()) + " " + snapshot.describe() + " " + status);
		}
	}

	static String bar(double fraction) {
		int filled = (int) Math.round(BAR_WIDTH * Math.max(0, Math.min(1, fraction)));
		return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
	}
}
