package org.spintex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spintex.ui.tests.Workbench.screenshot;
import static org.spintex.ui.tests.Workbench.ui;
import static org.spintex.ui.tests.Workbench.waitUntil;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.expressions.EvaluationResult;
import org.eclipse.core.expressions.TestExpression;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.TextConsole;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.spintex.compiler.CompiledPoint;
import org.spintex.runner.study.RunStatus;
import org.spintex.runner.study.StudySelection;
import org.spintex.ui.launch.RunWithDialog;
import org.spintex.ui.perspective.SpintexPerspective;
import org.spintex.ui.launch.RunWithHandler;
import org.spintex.ui.launch.StudyLaunch;
import org.spintex.ui.launch.StudyLaunchShortcut;
import org.spintex.ui.runs.RunConsole;
import org.spintex.ui.runs.RunFolders;
import org.spintex.ui.runs.StudyJob;

/**
 * Running is where an Eclipse user looks for it: the Run menu and toolbar, Run As on a file in the
 * Project Explorer, Ctrl+F11 and F11; Run With… applies overrides to one run and says so; the progress bar
 * shows the console's rising value.
 */
class RunningTest {

	private static final Duration RUN = Duration.ofSeconds(120);
	private static final String SMALL = """
			spintex 3
			material Permalloy { exchange A = 13 pJ/m  saturation Ms = 800 kA/m  damping alpha = 0.5 }
			device Small {
				film square { material Permalloy  shape box  length 16 nm  width 16 nm  thickness 2 nm  cell 2 nm }
				texture tilted : uniform { direction (1, 0, 1) }
				study settle : micromagnetic { film square  initial-state tilted  ground-state relax  duration 20 ps  integrator heun  time-step 0.05 ps  demag off }
			}
			""";

	@Test
	void theRunMenuOffersRunningAndCtrlF11IsBound() {
		// the menu bar as the user opens it: the Run menu's items once it is shown
		List<String> items = ui(() -> {
			Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
			MenuItem run = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("Run")).findFirst()
					.orElseThrow(() -> new AssertionError("a Run menu in the menu bar: "
							+ Arrays.stream(bar.getItems()).map(MenuItem::getText).toList()));
			run.getMenu().notifyListeners(SWT.Show, new Event());
			List<String> labels = Arrays.stream(run.getMenu().getItems()).map(i -> i.getText().replace("&", "").replaceAll("\t.*", ""))
					.filter(t -> !t.isBlank()).toList();
			run.getMenu().notifyListeners(SWT.Hide, new Event());
			return labels;
		});
		for (String item : List.of("Run", "Run History", "Run As", "Run Configurations...", "Run Study With…")) {
			assertTrue(items.contains(item), "'" + item + "' in the Run menu: " + items);
		}
		List<String> keys = ui(() -> Arrays.stream(PlatformUI.getWorkbench().getService(IBindingService.class)
				.getActiveBindingsFor("org.eclipse.debug.ui.commands.RunLast")).map(TriggerSequence::format).toList());
		assertTrue(keys.contains("Ctrl+F11"), "Ctrl+F11 runs: " + keys);
	}

	@Test
	void ctrlF11AndF11RunTheStudyOfTheEditorAndAFileInTheProjectExplorerIsLaunchable() throws Exception {
		IFile device = smallDevice();
		IProject project = device.getProject();
		// Run As in the Project Explorer's menu is shown for what the platform finds launchable
		boolean launchable = ui(() -> {
			try {
				return new TestExpression("org.eclipse.debug.core", "launchable", null, "run")
						.evaluate(new EvaluationContext(null, device)) == EvaluationResult.TRUE;
			} catch (org.eclipse.core.runtime.CoreException e) {
				throw new IllegalStateException(e);
			}
		});
		assertTrue(launchable, "Run As › Spintex study on a device file in the Project Explorer");

		ITextEditor editor = Workbench.open(device);
		ui(() -> editor.selectAndReveal(Workbench.document(editor).get().indexOf("duration"), 0));
		// Ctrl+F11: the platform's Run command, which launches the active editor's study
		Workbench.act(() -> PlatformUI.getWorkbench().getService(IHandlerService.class)
				.executeCommand("org.eclipse.debug.ui.commands.RunLast", null));
		Path runs = project.getLocation().toPath().resolve("results/Small.settle");
		waitUntil("a run folder under results/Small.settle", Workbench.WAIT, () -> Workbench.runFolder(runs).isPresent());
		Path run = Workbench.runFolder(runs).orElseThrow();
		waitUntil("the run to complete", RUN, () -> RunStatus.read(run).filter(s -> !s.equals(RunStatus.RUNNING)).isPresent());
		assertEquals(RunStatus.COMPLETED, RunStatus.read(run).orElseThrow());

		// F11 (Debug): a study has no debugger; it runs as with Run, and the console says so
		List<String> f11 = ui(() -> Arrays.stream(PlatformUI.getWorkbench().getService(IBindingService.class)
				.getActiveBindingsFor("org.eclipse.debug.ui.commands.DebugLast")).map(TriggerSequence::format).toList());
		assertTrue(f11.contains("F11"), "F11 debugs: " + f11);
		String name = "Spintex run: small.spintex — settle";
		long before = consoles(name).count();
		ui(() -> Workbench.page().activate(editor));
		Workbench.act(() -> PlatformUI.getWorkbench().getService(IHandlerService.class)
				.executeCommand("org.eclipse.debug.ui.commands.DebugLast", null));
		waitUntil("the Debug run's console to say it ended", RUN,
				() -> consoles(name).count() > before && console(name).contains("status: "));
		assertTrue(console(name).contains("Debug: a study has no debugger; it runs as with Run"), console(name));
		assertTrue(console(name).contains("status: completed"), console(name));
		assertEquals(SpintexPerspective.ID, ui(() -> Workbench.page().getPerspective().getId()), "still in the Spintex perspective");
	}

	@Test
	void runWithAppliesOverridesToOneRunAndTheConsoleSaysWhich() throws Exception {
		IFile device = smallDevice();
		RunWithDialog dialog = ui(() -> {
			RunWithDialog d = new RunWithDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
					device.getName(), List.of("settle"), "settle", List.of("square.thickness=3nm"));
			d.setBlockOnOpen(false);
			d.open();
			return d;
		});
		screenshot("run-with-dialog");
		ui(() -> dialog.close());

		String name = "Spintex run: small.spintex — settle";
		long before = consoles(name).count();
		Workbench.act(() -> RunWithHandler.launch(device,
				new RunWithDialog.Choice("settle", List.of("square.thickness=3nm"), false)));
		waitUntil("the run's console to say it ended", RUN,
				() -> consoles(name).count() > before && console(name).contains("status: "));
		String console = console(name);
		assertTrue(console.contains("overrides (not in the file): square.thickness = 3 nm"), console);
		assertTrue(console.contains("status: completed"), console);
		// not remembered: the study's launch configuration has no overrides, the next Run As runs the file as written
		assertEquals(List.of(), StudyLaunch.sets(StudyLaunchShortcut.configuration(device, "settle")));
	}

	@Test
	void theProgressBarShowsTheConsolesRisingValue() throws Exception {
		IFile device = smallDevice();
		List<CompiledPoint> points = StudySelection.compile(device.getLocation().toPath(), null, List.of(),
				new PrintWriter(new StringWriter()));
		RunConsole console = ui(() -> RunConsole.open("progress test"));
		StudyJob job = new StudyJob(device, points, RunFolders.newRunFolder(device, points.get(0)), 1, console);
		List<Double> worked = Collections.synchronizedList(new ArrayList<>());
		List<String> tasks = Collections.synchronizedList(new ArrayList<>());
		double[] total = { 0 };
		job.runIn(new NullProgressMonitor() {
			@Override
			public void internalWorked(double work) {
				synchronized (total) {
					total[0] += work;
					worked.add(total[0]);
				}
			}

			@Override
			public void worked(int work) {
				internalWorked(work);
			}

			@Override
			public void subTask(String name) {
				tasks.add(name);
			}
		});
		assertTrue(worked.size() > 2, "the bar moved: " + worked);
		assertEquals(StudyJob.TICKS, worked.get(worked.size() - 1), 1e-6, "the bar ends full");
		for (int i = 1; i < worked.size(); i++) {
			assertTrue(worked.get(i) >= worked.get(i - 1), "the bar went back: " + worked);
		}
		// the stage and percentage under the bar are those of the console's lines
		String text = ui(() -> console.console().getDocument().get());
		Pattern line = Pattern.compile("\\] (time evolution \\d+ %)");
		Matcher matcher = line.matcher(text);
		assertTrue(matcher.find(), text);
		String shown = matcher.group(1);
		assertTrue(tasks.stream().anyMatch(t -> t.startsWith(shown)), "'" + shown + "' under the bar too: " + tasks);
	}

	/** The text of the newest console named {@code name}. */
	private static String console(String name) {
		return ui(() -> consoles(name).reduce((a, b) -> b).map(c -> ((TextConsole) c).getDocument().get()).orElse(""));
	}

	private static Stream<IConsole> consoles(String name) {
		return Arrays.stream(ConsolePlugin.getDefault().getConsoleManager().getConsoles()).filter(c -> c.getName().equals(name));
	}

	/** The project "running" with the small device file. */
	private static IFile smallDevice() throws Exception {
		IProject project = Workbench.exampleProject("running");
		IFile device = project.getFile("small.spintex");
		if (!device.exists()) {
			device.create(new ByteArrayInputStream(SMALL.getBytes(StandardCharsets.UTF_8)), true, null);
		}
		return device;
	}
}
