package org.spintex.ui.views.results;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.spintex.runner.slurm.SlurmClient;
import org.spintex.runner.slurm.SlurmProgress;

/** Reads, off the UI thread, where a study on Slurm stands ({@link SlurmProgress}: its folders and squeue). */
final class SlurmProgressJob extends Job {

	private final Path run;
	private final Consumer<SlurmProgress> shown;

	SlurmProgressJob(Path run, Consumer<SlurmProgress> shown) {
		super("Spintex: where is " + run.getFileName() + " on Slurm?");
		this.run = run;
		this.shown = shown;
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		shown.accept(SlurmProgress.of(run, SlurmClient.ofThisProcess()));
		return Status.OK_STATUS;
	}
}
