package org.spintex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spintex.ui.tests.Workbench.screenshot;
import static org.spintex.ui.tests.Workbench.ui;
import static org.spintex.ui.tests.Workbench.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.TextConsole;
import org.junit.jupiter.api.Test;
import org.spintex.runner.study.RunStatus;
import org.spintex.ui.launch.StudyLaunch;
import org.spintex.ui.launch.StudyLaunchShortcut;
import org.spintex.ui.runs.StudyJob;
import org.spintex.ui.views.texture.TextureView;

/**
 * Run As › Spintex study on the racetrack example, from the editor with the cursor in the study: a
 * job runs it into a new folder of the project's results (ignored by git) and the console shows
 * its progress and status; Cancel stops a run and keeps what it wrote.
 */
class StudyLaunchTest {

	private static final Duration RUN = Duration.ofSeconds(300);

	@Test
	void aLaunchedStudyFillsAResultsFolderOfItsOwn() throws Exception {
		IProject project = Workbench.exampleProject("racetrack", "skyrmion-racetrack", "materials");
		IFile device = project.getFile("skyrmion-racetrack/spin-orbit-push.spintex");
		// Run As › Spintex study in the editor, with the cursor in the study's block
		ITextEditor editor = Workbench.open(device);
		ui(() -> {
			String text = Workbench.document(editor).get();
			editor.selectAndReveal(text.indexOf("initial-state bubble"), 0);
			new StudyLaunchShortcut().launch(editor, ILaunchManager.RUN_MODE);
		});

		Path runs = project.getLocation().toPath().resolve("results/Racetrack.push");
		waitUntil("a run folder under results/Racetrack.push", Workbench.WAIT, () -> Workbench.runFolder(runs).isPresent());
		Path run = Workbench.runFolder(runs).orElseThrow();
		screenshot("run-progress");
		waitUntil("the run to complete", RUN,
				() -> RunStatus.read(run).filter(s -> !s.equals(RunStatus.RUNNING)).isPresent());
		assertEquals(RunStatus.COMPLETED, RunStatus.read(run).orElseThrow(), "status of " + run);
		assertTrue(Files.exists(run.resolve("results.json")) && Files.exists(run.resolve("table.csv"))
				&& Files.exists(run.resolve("input.json")) && Files.exists(run.resolve("m000030.ovf")),
				"results.json, table.csv, input.json and the last snapshot in " + run);
		assertEquals("*", Files.readAllLines(project.getLocation().toPath().resolve("results/.gitignore"),
				StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).findFirst().orElse(""),
				"results/.gitignore ignores everything");
		IFolder folder = project.getFolder("results/Racetrack.push/" + run.getFileName());
		waitUntil("the workspace to see the run's files", Workbench.WAIT, () -> folder.getFile("results.json").exists());
		String console = ui(() -> Arrays.stream(ConsolePlugin.getDefault().getConsoleManager().getConsoles())
				.filter(c -> c.getName().equals("Spintex run: spin-orbit-push.spintex — push")).map(IConsole.class::cast)
				.findFirst().map(c -> ((TextConsole) c).getDocument().get()).orElse("no console"));
		assertTrue(console.contains("status: completed"), console);
		screenshot("run-completed");
	}

	@Test
	void aCancelledRunKeepsWhatItWroteAndSaysSo() throws Exception {
		IProject project = Workbench.exampleProject("cancel", "skyrmion-racetrack", "materials");
		ILaunchConfigurationWorkingCopy configuration = DebugPlugin.getDefault().getLaunchManager()
				.getLaunchConfigurationType(StudyLaunch.TYPE_ID).newInstance(null, "racetrack to cancel");
		configuration.setAttribute(StudyLaunch.FILE,
				project.getFile("skyrmion-racetrack/spin-orbit-push.spintex").getFullPath().toString());
		ui(() -> DebugUITools.launch(configuration, ILaunchManager.RUN_MODE));
		Path runs = project.getLocation().toPath().resolve("results/Racetrack.push");
		waitUntil("the run's first snapshots", Workbench.WAIT,
				() -> Workbench.runFolder(runs).filter(r -> Files.exists(r.resolve("m000002.ovf"))).isPresent());
		Path run = Workbench.runFolder(runs).orElseThrow();
		// what the Cancel button of the Progress view does
		Job job = Arrays.stream(Job.getJobManager().find(null)).filter(StudyJob.class::isInstance).findFirst()
				.orElseThrow(() -> new AssertionError("no running Spintex job"));
		job.cancel();
		waitUntil("the cancelled run to stop", Workbench.WAIT,
				() -> RunStatus.read(run).filter(s -> !s.equals(RunStatus.RUNNING)).isPresent());
		assertEquals(RunStatus.CANCELLED, RunStatus.read(run).orElseThrow());
		assertTrue(Files.exists(run.resolve("m000000.ovf")) && Files.exists(run.resolve("table.csv"))
				&& Files.exists(run.resolve("results.json")), "the snapshots, table and results written before the cancel");
		long rows = Files.readAllLines(run.resolve("table.csv")).size() - 1;
		assertTrue(rows >= 3 && rows < 31, "the table stops where the run stopped: " + rows + " rows");
		// the Texture view followed the run while it wrote
		TextureView view = Workbench.showView(TextureView.ID, TextureView.class);
		waitUntil("the Texture view on the cancelled run", Workbench.WAIT,
				() -> view.series() != null && view.series().folder().equals(run));
		String shown = ui(() -> view.frame().title());
		assertTrue(shown.matches("m0000\\d\\d\\.ovf") && !shown.equals("m000030.ovf"), "a snapshot from before the cancel: " + shown);
	}

}
