package org.spintex.ui.views.results;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.spintex.runner.diff.RunCurrency;
import org.spintex.runner.study.DeviceFiles;

/**
 * Finds out, off the UI thread, whether a run shown in the Results view is current for its device file as it is now
 * ({@link RunCurrency}, what {@code spintex status} says), and hands the line to show to the view.
 */
final class RunCurrencyJob extends Job {

	/** One loader of device files for the view's checks: building the language's injector takes a second. */
	private static final class Loader {
		static final DeviceFiles FILES = new DeviceFiles();
	}

	private final Path run;
	private final Consumer<String> shown;

	RunCurrencyJob(Path run, Consumer<String> shown) {
		super("Spintex: is " + run.getFileName() + " current?");
		this.run = run;
		this.shown = shown;
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		// a sweep point's input.json is its run's
		Path folder = Files.exists(run.resolve("input.json")) ? run : run.getParent();
		String line;
		try {
			line = describe(RunCurrency.of(folder, Loader.FILES));
		} catch (Exception e) {
			line = "currency unknown: " + e.getMessage();
		}
		shown.accept(line);
		return Status.OK_STATUS;
	}

	/** "current for its device file as it is now", "stale: 1 of 1 point … — film strip: length: …", "currency unknown: …". */
	static String describe(RunCurrency.Run state) {
		return switch (state.state()) {
		case CURRENT -> "current for its device file as it is now";
		case STALE -> "stale: " + state.stale() + " of " + state.points() + (state.points() == 1 ? " point" : " points")
				+ " would get another input now — " + String.join("; ", state.why());
		case UNKNOWN -> "currency unknown: " + String.join("; ", state.why());
		};
	}
}
