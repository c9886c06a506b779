package org.spintex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spintex.ui.tests.Workbench.screenshot;
import static org.spintex.ui.tests.Workbench.ui;
import static org.spintex.ui.tests.Workbench.waitUntil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.TextConsole;
import org.junit.jupiter.api.Test;
import org.spintex.runner.study.RunStatus;
import org.spintex.ui.launch.StudyLaunch;

/**
 * Run › Spintex study on the racetrack example: a job runs it into a new folder of the project's
 * results (ignored by git), the console shows its progress and status, and a second run gets a
 * folder of its own.
 */
class StudyLaunchTest {

	private static final Duration RUN = Duration.ofSeconds(300);

	@Test
	void aLaunchedStudyFillsAResultsFolderOfItsOwn() throws Exception {
		IProject project = Workbench.exampleProject("racetrack", "skyrmion-racetrack", "materials");
		IFile device = project.getFile("skyrmion-racetrack/spin-orbit-push.spintex");
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationType type = manager.getLaunchConfigurationType(StudyLaunch.TYPE_ID);
		ILaunchConfigurationWorkingCopy configuration = type.newInstance(null, "racetrack push");
		configuration.setAttribute(StudyLaunch.FILE, device.getFullPath().toString());
		configuration.setAttribute(StudyLaunch.STUDY, "push");
		ui(() -> DebugUITools.launch(configuration, ILaunchManager.RUN_MODE));

		Path runs = project.getLocation().toPath().resolve("results/Racetrack.push");
		waitUntil("a run folder under results/Racetrack.push", Workbench.WAIT, () -> runFolder(runs).isPresent());
		Path run = runFolder(runs).orElseThrow();
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

	private static Optional<Path> runFolder(Path runs) {
		if (!Files.isDirectory(runs)) {
			return Optional.empty();
		}
		try (Stream<Path> folders = Files.list(runs)) {
			return folders.filter(Files::isDirectory).findFirst();
		} catch (IOException e) {
			return Optional.empty();
		}
	}
}
