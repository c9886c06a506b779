package org.spintex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spintex.ui.tests.Workbench.screenshot;
import static org.spintex.ui.tests.Workbench.ui;
import static org.spintex.ui.tests.Workbench.waitUntil;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.expressions.EvaluationContext;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISources;
import org.junit.jupiter.api.Test;
import org.spintex.runner.study.RunStatus;
import org.spintex.ui.builder.SpintexNature;
import org.spintex.ui.launch.StudyLaunch;
import org.spintex.ui.views.results.CompareResultsHandler;
import org.spintex.ui.views.results.ResultsView;

/**
 * A run in the Results view says whether it is current for its device file as it is now; after the file changes it is
 * marked stale, with the change in the words of spintex diff (read from the copy of the file the run keeps); Compare
 * Results puts that run and one of the changed file side by side.
 */
class StaleRunTest {

	static final String WIRE = """
			spintex 3
			material Chiral {
				exchange A = 13 pJ/m
				dmi interfacial D = 3 mJ/m^2
				anisotropy uniaxial K = 0.4 MJ/m^3 along z
				saturation Ms = 0.86 MA/m
				damping alpha = 0.5
			}
			device Wire {
				film strip { material Chiral  shape wire  length 40 nm  width 1 nm  thickness 1 nm  cell 1 nm  periodic y }
				texture up : uniform { direction (0.1, 0, 1) }
				study relax : micromagnetic { film strip  initial-state up  ground-state minimize  demag off }
			}
			""";

	@Test
	void aRunIsMarkedStaleWhenItsFileChanges() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("stale");
		if (!project.exists()) {
			project.create(null);
			project.open(null);
			SpintexNature.addTo(project, null);
		}
		IFile file = project.getFile("wire.spintex");
		file.create(new ByteArrayInputStream(WIRE.getBytes(StandardCharsets.UTF_8)), true, null);
		ILaunchConfigurationWorkingCopy configuration = DebugPlugin.getDefault().getLaunchManager()
				.getLaunchConfigurationType(StudyLaunch.TYPE_ID).newInstance(null, "relax");
		configuration.setAttribute(StudyLaunch.FILE, file.getFullPath().toString());
		configuration.setAttribute(StudyLaunch.STUDY, "relax");
		ui(() -> DebugUITools.launch(configuration, ILaunchManager.RUN_MODE));
		Path runs = project.getLocation().toPath().resolve("results/Wire.relax");
		waitUntil("a run folder", Workbench.WAIT, () -> Workbench.runFolder(runs).isPresent());
		Path run = Workbench.runFolder(runs).orElseThrow();
		waitUntil("the run to end", Duration.ofSeconds(120), () -> RunStatus.read(run).filter(s -> !s.equals(RunStatus.RUNNING))
				.isPresent());
		assertEquals(RunStatus.COMPLETED, RunStatus.read(run).orElseThrow());

		ResultsView view = Workbench.showView(ResultsView.ID, ResultsView.class);
		ui(() -> view.show(run));
		waitUntil("the run marked current", Workbench.WAIT,
				() -> ui(view::headerText).contains("current for its device file as it is now"));

		file.setContents(new ByteArrayInputStream(WIRE.replace("length 40 nm", "length 48 nm").getBytes(StandardCharsets.UTF_8)),
				true, false, null);
		ui(() -> view.show(run));
		waitUntil("the run marked stale, with the change", Workbench.WAIT, () -> ui(view::headerText)
				.contains("stale: 1 of 1 point would get another input now — device Wire › film strip: length: 40 nm → 48 nm (+20.0 %)"));
		screenshot("results-stale");

		// run it again on the changed file, and compare the two runs from the Project Explorer's Compare Results
		ui(() -> DebugUITools.launch(configuration, ILaunchManager.RUN_MODE));
		waitUntil("a second run folder", Workbench.WAIT, () -> folders(runs).size() == 2);
		Path second = folders(runs).get(1);
		waitUntil("the second run to end", Duration.ofSeconds(120),
				() -> RunStatus.read(second).filter(s -> !s.equals(RunStatus.RUNNING)).isPresent());
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		List<IResource> chosen = new ArrayList<>();
		for (Path folder : List.of(run, second)) {
			chosen.add(project.getFolder(project.getLocation().toPath().relativize(folder).toString()));
		}
		EvaluationContext context = new EvaluationContext(null, new Object());
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(chosen));
		ui(() -> {
			try {
				new CompareResultsHandler().execute(new ExecutionEvent(null, Map.of(), null, context));
			} catch (ExecutionException e) {
				throw new IllegalStateException(e);
			}
		});
		String header = ui(view::headerText);
		assertTrue(header.startsWith("A: Wire.relax/"), header);
		assertTrue(header.contains("inputs that differ:") && header.contains("nx: 40 → 48"), header);
		assertEquals(List.of("Quantity", "A", "B", "Unit (SI)", "B − A", "(B − A)/|A|"), ui(view::columns));
	}

	private static List<Path> folders(Path runs) {
		try (var list = java.nio.file.Files.list(runs)) {
			return list.filter(java.nio.file.Files::isDirectory).sorted().toList();
		} catch (java.io.IOException none) {
			return List.of();
		}
	}
}
