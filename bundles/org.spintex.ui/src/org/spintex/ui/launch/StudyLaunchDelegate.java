package org.spintex.ui.launch;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;
import org.spintex.runner.study.StudySelection;
import org.spintex.ui.SpintexUi;
import org.spintex.ui.runs.RunConsole;
import org.spintex.ui.runs.RunFolders;
import org.spintex.ui.runs.SlurmSubmitJob;
import org.spintex.ui.runs.StudyJob;

/**
 * Runs a study of a device file: compiles it as {@code spintex run} does (a file with errors is
 * refused with its problems in the console), then runs it in a {@link StudyJob} into a new folder
 * of the project's results, or submits it to Slurm ({@link SlurmSubmitJob}) when the configuration says so.
 */
public final class StudyLaunchDelegate extends LaunchConfigurationDelegate {

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
			throws CoreException {
		IFile file = StudyLaunch.file(configuration);
		String study = StudyLaunch.study(configuration);
		RunConsole console = RunConsole.open(file.getName() + (study == null ? "" : " — " + study));
		if (ILaunchManager.DEBUG_MODE.equals(mode)) {
			console.println("Debug: a study has no debugger; it runs as with Run (Ctrl+F11).");
		}
		StringWriter diagnostics = new StringWriter();
		StudySelection.Selection selection;
		try (PrintWriter out = new PrintWriter(diagnostics)) {
			selection = StudySelection.select(file.getLocation().toPath(), study, StudyLaunch.sets(configuration), out);
		} catch (StudySelection.BadInput e) {
			printDiagnostics(console, diagnostics);
			console.println(e.getMessage());
			throw new CoreException(SpintexUi.error(e.getMessage()));
		}
		printDiagnostics(console, diagnostics);
		if (StudyLaunch.onSlurm(configuration)) {
			new SlurmSubmitJob(file, selection, StudyLaunch.sets(configuration), RunFolders.newRunFolder(file,
					selection.points().get(0)), StudyLaunch.slurmOptions(configuration),
					configuration.getAttribute(StudyLaunch.SLURM_DRY_RUN, false), console).schedule();
			return;
		}
		int threads = configuration.getAttribute(StudyLaunch.THREADS, 0);
		new StudyJob(file, selection, RunFolders.newRunFolder(file, selection.points().get(0)), threads, console).schedule();
	}

	private static void printDiagnostics(RunConsole console, StringWriter diagnostics) {
		if (!diagnostics.toString().isBlank()) {
			console.println(diagnostics.toString().strip());
		}
	}
}
