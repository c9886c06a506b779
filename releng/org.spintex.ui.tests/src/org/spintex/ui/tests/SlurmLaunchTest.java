package org.spintex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spintex.ui.tests.Workbench.screenshot;
import static org.spintex.ui.tests.Workbench.ui;
import static org.spintex.ui.tests.Workbench.waitUntil;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.junit.jupiter.api.Test;
import org.spintex.runner.study.RunStatus;
import org.spintex.ui.builder.SpintexNature;
import org.spintex.ui.launch.StudyLaunch;
import org.spintex.ui.views.results.ResultsView;

/**
 * A Spintex study launch configuration that runs on Slurm: with "only write the job scripts" the workbench prepares the
 * run folder and the scripts a cluster would run, without a cluster. The test then plays Slurm's part — it runs each
 * array task's script with the task's SLURM_ARRAY_TASK_ID, then the gather script — so that the scripts start this
 * installation's Spintex the way the workbench wrote them, and the Results view follows the points from the folder.
 */
class SlurmLaunchTest {

	/** StaleRunTest's wire, swept over two lengths. */
	private static final String WIRES = StaleRunTest.WIRE.replace("demag off }", "demag off  sweep strip.length over 40 nm, 48 nm }");

	@Test
	void aStudyPreparedForSlurmRunsFromItsScriptsAndTheResultsViewFollowsIt() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("cluster");
		if (!project.exists()) {
			project.create(null);
			project.open(null);
			SpintexNature.addTo(project, null);
		}
		IFile file = project.getFile("wires.spintex");
		file.create(new ByteArrayInputStream(WIRES.getBytes(StandardCharsets.UTF_8)), true, null);
		ILaunchConfigurationWorkingCopy configuration = DebugPlugin.getDefault().getLaunchManager()
				.getLaunchConfigurationType(StudyLaunch.TYPE_ID).newInstance(null, "relax on Slurm");
		configuration.setAttribute(StudyLaunch.FILE, file.getFullPath().toString());
		configuration.setAttribute(StudyLaunch.RUN_ON, StudyLaunch.ON_SLURM);
		configuration.setAttribute(StudyLaunch.SLURM_TIME, "00:30:00");
		configuration.setAttribute(StudyLaunch.SLURM_SBATCH_ARGS, List.of("--account=spin-lab"));
		configuration.setAttribute(StudyLaunch.SLURM_DRY_RUN, true);
		ui(() -> DebugUITools.launch(configuration, ILaunchManager.RUN_MODE));

		Path runs = project.getLocation().toPath().resolve("results/Wire.relax");
		waitUntil("the prepared run folder", Workbench.WAIT, () -> Workbench.runFolder(runs)
				.filter(r -> RunStatus.read(r).filter(s -> s.startsWith("prepared for Slurm")).isPresent()).isPresent());
		Path run = Workbench.runFolder(runs).orElseThrow();
		String submit = Files.readString(run.resolve("slurm/submit.sh"));
		assertTrue(submit.contains("--array=1-2") && submit.contains("--time=00:30:00") && submit.contains("--account=spin-lab")
				&& submit.contains("--signal=B:USR1@120"), submit);

		ResultsView view = Workbench.showView(ResultsView.ID, ResultsView.class);
		ui(() -> view.showSlurm(run));
		waitUntil("the points listed as not submitted", Workbench.WAIT,
				() -> ui(view::headerText).contains("2 points: 0 done, 0 running, 2 pending, 0 failed"));
		assertTrue(ui(view::headerText).contains("Slurm: prepared, not submitted"), ui(view::headerText));

		// Slurm's part: array task 1, then (later) task 2 and the gather
		runScript(run.resolve("slurm/task.sh"), "1");
		ui(() -> view.showSlurm(run));
		waitUntil("point 1 done", Workbench.WAIT,
				() -> ui(view::headerText).contains("2 points: 1 done, 0 running, 1 pending, 0 failed"));
		assertEquals("done", ui(() -> view.rows().get(0)[1]));
		screenshot("results-slurm");
		runScript(run.resolve("slurm/task.sh"), "2");
		runScript(run.resolve("slurm/gather.sh"), null);
		assertEquals(RunStatus.COMPLETED, RunStatus.read(run).orElseThrow());
		assertEquals(3, Files.readAllLines(run.resolve("sweep.csv")).size());
		ui(() -> view.showSlurm(run));
		waitUntil("every point done", Workbench.WAIT,
				() -> ui(view::headerText).contains("status: completed") && ui(view::headerText).contains("2 points: 2 done"));
	}

	/** Runs a job script as Slurm would: bash, the array task's number in the environment. */
	private static void runScript(Path script, String task) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
		if (task != null) {
			builder.environment().put("SLURM_ARRAY_TASK_ID", task);
			builder.environment().put("SLURM_ARRAY_JOB_ID", "0");
		}
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), script + " did not end: " + output);
		assertEquals(0, process.exitValue(), script + ": " + output);
	}
}
