package org.spintex.ui.runs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.spintex.compiler.CompiledPoint;
import org.spintex.runner.slurm.SlurmClient;
import org.spintex.runner.slurm.SlurmConfigFile;
import org.spintex.runner.slurm.SlurmException;
import org.spintex.runner.slurm.SlurmOptions;
import org.spintex.runner.slurm.SlurmSubmission;
import org.spintex.runner.slurm.TaskCommand;
import org.spintex.runner.study.RunProvenance;
import org.spintex.runner.study.StudyRun;
import org.spintex.runner.study.StudySelection;
import org.spintex.ui.SpintexUi;

/**
 * A study sent to Slurm from the workbench (started on a cluster's login node): what {@code spintex run --on slurm}
 * does, into a new run folder of the project's results. The job ends once the array is submitted; the Results view
 * follows the points from the folder ({@code SlurmProgress}).
 */
public final class SlurmSubmitJob extends Job {

	private final IFile device;
	private final StudySelection.Selection selection;
	private final IFolder folder;
	private final List<String> sets;
	private final SlurmOptions.Given given;
	private final boolean dryRun;
	private final RunConsole console;

	public SlurmSubmitJob(IFile device, StudySelection.Selection selection, List<String> sets, IFolder folder,
			SlurmOptions.Given given, boolean dryRun, RunConsole console) {
		super("Spintex: submit " + selection.points().get(0).input().device() + " / " + selection.points().get(0).input().study()
				+ " to Slurm");
		this.device = device;
		this.selection = selection;
		this.sets = List.copyOf(sets);
		this.folder = folder;
		this.given = given;
		this.dryRun = dryRun;
		this.console = console;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<CompiledPoint> points = selection.points();
		Path file = device.getLocation().toPath();
		Path dir = folder.getLocation().toPath();
		String study = points.get(0).input().study();
		List<String> studyArguments = new ArrayList<>(List.of(file.toString(), "--study", study));
		sets.forEach(s -> studyArguments.addAll(List.of("--set", s)));
		try {
			Map<String, String> environment = System.getenv();
			SlurmOptions options = SlurmOptions.resolve(given, SlurmConfigFile.forUser(environment), environment);
			StudyRun run = new StudyRun(console::println)
					.withProvenance(RunProvenance.of(file, selection.files(), points, version()));
			SlurmSubmission.Submitted submitted = new SlurmSubmission(new SlurmClient(environment), TaskCommand.ofThisProcess())
					.submit(new SlurmSubmission.Request(points, studyArguments, "study '" + study + "' of "
							+ points.get(0).input().device(), dir, options, false, dryRun, version()), run, console::println);
			console.println(submitted.arrayJob().map(a -> "submitted to Slurm: array job " + a + " (" + submitted.tasks().size()
					+ " tasks), gather job " + submitted.gatherJob().orElse("?") + "; options: " + options.describe())
					.orElse("job scripts written, not submitted: bash " + submitted.submitScript()));
			console.println("results: " + folder.getFullPath() + " (the Results view follows the points)");
			RunEvents.finished(dir, "submitted");
			return Status.OK_STATUS;
		} catch (IllegalArgumentException | SlurmException | StudyRun.DirectoryTaken e) {
			console.println("not submitted: " + e.getMessage());
			return Status.warning(getName() + ": " + e.getMessage());
		} finally {
			try {
				folder.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
			} catch (CoreException e) {
				SpintexUi.log("cannot refresh " + folder.getFullPath(), e);
			}
			console.close();
		}
	}

	private static String version() {
		var bundle = Platform.getBundle("org.spintex.runner");
		return bundle == null ? "(unknown version)" : bundle.getVersion().toString();
	}
}
