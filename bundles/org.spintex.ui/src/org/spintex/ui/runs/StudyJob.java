package org.spintex.ui.runs;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.spintex.compiler.CompiledPoint;
import org.spintex.runner.study.RunProvenance;
import org.spintex.runner.study.RunStatus;
import org.spintex.runner.study.StudyRun;
import org.spintex.runner.study.StudySelection;
import org.spintex.ui.SpintexUi;
import org.spintex.ui.preferences.SpintexPreferences;

/**
 * A study running in the workbench: a job with a progress bar (stages of a single run, points of
 * a sweep, the value {@link org.spintex.runner.study.RunProgress} gives the console too) and a Cancel button that stops the points the way Ctrl-C stops {@code spintex run} —
 * what was computed is written and the status says "cancelled". The run folder is refreshed while
 * it fills, and {@link RunEvents} tells the views.
 */
public final class StudyJob extends Job {

	/** The whole bar, in monitor ticks. */
	public static final int TICKS = 1000;
	private static final long REFRESH_SECONDS = 3;

	private final IFile device;
	private final List<CompiledPoint> points;
	private final IFolder folder;
	private final int threads;
	private final RunConsole console;
	private volatile StudyRun run;

	/** The device files the points were compiled from (the file and its imports), for the run's provenance. */
	private final List<Path> files;

	public StudyJob(IFile device, List<CompiledPoint> points, IFolder folder, int threads, RunConsole console) {
		this(device, new StudySelection.Selection(points, List.of(device.getLocation().toPath())), folder, threads, console);
	}

	public StudyJob(IFile device, StudySelection.Selection selection, IFolder folder, int threads, RunConsole console) {
		super("Spintex: " + selection.points().get(0).input().device() + " / " + selection.points().get(0).input().study());
		this.device = device;
		this.points = selection.points();
		this.files = selection.files();
		this.folder = folder;
		this.threads = threads > 0 ? threads : SpintexPreferences.threads();
		this.console = console;
		setUser(true);
		setRule(null);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), TICKS);
		Path dir = folder.getLocation().toPath();
		int[] shown = { 0 };
		// the console's value, stage and ETA: the bar in the Progress view and the status bar show the same
		StudyRun study = new StudyRun(console::println, snapshot -> {
			synchronized (shown) {
				progress.subTask(snapshot.describe());
				int ticks = (int) Math.min(TICKS, snapshot.fraction() * TICKS);
				if (ticks > shown[0]) {
					progress.worked(ticks - shown[0]);
					shown[0] = ticks;
				}
			}
		});
		run = study;
		console.println("device file: " + device.getFullPath() + "; results: " + folder.getFullPath());
		RunEvents.started(dir);
		ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "spintex-run-refresh");
			t.setDaemon(true);
			return t;
		});
		refresher.scheduleWithFixedDelay(() -> {
			refresh();
			RunEvents.updated(dir);
		}, REFRESH_SECONDS, REFRESH_SECONDS, TimeUnit.SECONDS);
		String status;
		try {
			study.withProvenance(RunProvenance.of(device.getLocation().toPath(), files, points, version()));
			StudyRun.Outcome outcome = study.executeIn(points, dir, threads, false, version());
			status = outcome.status();
			console.println("status: " + status);
			console.println("results: " + folder.getFullPath());
		} catch (RuntimeException e) {
			status = RunStatus.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
			console.println("status: " + status);
			SpintexUi.log("the run of " + device.getFullPath() + " failed", e);
		} finally {
			// the whole story of the run, a stack trace among it when it failed: one click away
			if (java.nio.file.Files.exists(dir.resolve("run.log"))) {
				console.printLog(dir.resolve("run.log"));
			}
			refresher.shutdownNow();
			refresh();
			console.close();
			monitor.done();
		}
		RunEvents.finished(dir, status);
		// warnings are in the console, run.log and the Results view; the job itself succeeded
		if (RunStatus.isCompleted(status)) {
			return Status.OK_STATUS;
		}
		if (status.equals(RunStatus.CANCELLED)) {
			return Status.CANCEL_STATUS;
		}
		return Status.warning(getName() + ": " + status + " (what was computed is in " + folder.getFullPath() + ")");
	}

	/** Runs the study in the calling thread, reporting to {@code monitor} (what the job's own thread does). */
	public IStatus runIn(IProgressMonitor monitor) {
		return run(monitor);
	}

	@Override
	protected void canceling() {
		StudyRun current = run;
		if (current != null) {
			current.cancel();
		}
	}

	private void refresh() {
		try {
			folder.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
		} catch (CoreException e) {
			SpintexUi.log("cannot refresh " + folder.getFullPath(), e);
		}
	}

	private static String version() {
		var bundle = Platform.getBundle("org.spintex.runner");
		return bundle == null ? "(unknown version)" : bundle.getVersion().toString();
	}
}
