package org.spintex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spintex.ui.tests.Workbench.screenshot;
import static org.spintex.ui.tests.Workbench.ui;
import static org.spintex.ui.tests.Workbench.waitUntil;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.TextConsole;
import org.junit.jupiter.api.Test;
import org.spintex.runner.study.RunStatus;
import org.spintex.ui.launch.StudyLaunch;
import org.spintex.ui.views.results.ResultsView;

/**
 * A run that fails says why where the user looks: the status word with its cause in the console and the
 * Results view, and a link from both to run.log, which holds the stack trace and the input hash.
 */
class RunFailureTest {

	@Test
	void aFailedRunShowsItsCauseAndLinksItsLog() throws Exception {
		IProject project = Workbench.exampleProject("failing", "standard-problems");
		IFile device = project.getFile("standard-problems/sp4-coarse-step.spintex");
		String text = Files.readString(project.getFile("standard-problems/sp4.spintex").getLocation().toPath())
				.replace("outputs m", "outputs m\n\t\tintegrator heun\n\t\ttime-step 2 ps");
		device.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		ILaunchConfigurationWorkingCopy configuration = DebugPlugin.getDefault().getLaunchManager()
				.getLaunchConfigurationType(StudyLaunch.TYPE_ID).newInstance(null, "sp4 with too long a step");
		configuration.setAttribute(StudyLaunch.FILE, device.getFullPath().toString());
		ResultsView results = Workbench.showView(ResultsView.ID, ResultsView.class);
		ui(() -> DebugUITools.launch(configuration, ILaunchManager.RUN_MODE));

		Path runs = project.getLocation().toPath().resolve("results/StandardProblem4.switching");
		waitUntil("the run to fail", Duration.ofSeconds(120), () -> run(runs).flatMap(RunStatus::read)
				.filter(s -> !s.equals(RunStatus.RUNNING)).isPresent());
		Path run = run(runs).orElseThrow();
		String status = RunStatus.read(run).orElseThrow();
		assertTrue(status.startsWith("failed: time-step 2.00 ps exceeds heun's stability limit of 0.179 ps"), status);
		assertTrue(Files.readString(run.resolve("run.log")).contains("\tat "), "run.log holds the stack trace");

		// the console: the status with its cause, and the log as a link
		waitUntil("the console to link the log", Workbench.WAIT, () -> console().map(c -> c.getDocument().get()
				.contains("log: " + run.resolve("run.log")) && c.getHyperlinks().length > 0).orElse(false));
		String console = ui(() -> console().orElseThrow().getDocument().get());
		assertTrue(console.contains("status: " + status), console);

		// the Results view: the cause in its header, with the log one click away
		waitUntil("the Results view to show the failed run", Workbench.WAIT,
				() -> results.headerText().contains("status: failed: time-step 2.00 ps"));
		assertTrue(ui(() -> results.headerText()).contains("<a>run.log</a>"), ui(() -> results.headerText()));
		screenshot("failed-run");
	}

	private static Optional<TextConsole> console() {
		return Arrays.stream(ConsolePlugin.getDefault().getConsoleManager().getConsoles())
				.filter(c -> c.getName().startsWith("Spintex run: sp4-coarse-step.spintex")).map(TextConsole.class::cast)
				.findFirst();
	}

	private static Optional<Path> run(Path runs) {
		if (!Files.isDirectory(runs)) {
			return Optional.empty();
		}
		try (var folders = Files.list(runs)) {
			return folders.filter(Files::isDirectory).findFirst();
		} catch (java.io.IOException e) {
			return Optional.empty();
		}
	}
}
