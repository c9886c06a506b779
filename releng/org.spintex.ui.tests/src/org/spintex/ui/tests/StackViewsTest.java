package org.spintex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spintex.ui.tests.Workbench.screenshot;
import static org.spintex.ui.tests.Workbench.ui;
import static org.spintex.ui.tests.Workbench.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.junit.jupiter.api.Test;
import org.spintex.runner.study.RunStatus;
import org.spintex.ui.launch.StudyLaunch;
import org.spintex.ui.views.texture.TextureView;

/**
 * Devices of several films and regions in the Texture view: a stack's layers are named by their film, and the outlines
 * between material regions (here the grains of a granular film) are drawn over the texture.
 */
class StackViewsTest {

	/** Runs {@code study} of {@code file} in {@code project} from a launch configuration and returns its run folder. */
	private static Path run(IProject project, String file, String study, String runs) throws Exception {
		ILaunchConfigurationWorkingCopy configuration = DebugPlugin.getDefault().getLaunchManager()
				.getLaunchConfigurationType(StudyLaunch.TYPE_ID).newInstance(null, study);
		configuration.setAttribute(StudyLaunch.FILE, project.getFile(file).getFullPath().toString());
		configuration.setAttribute(StudyLaunch.STUDY, study);
		ui(() -> DebugUITools.launch(configuration, ILaunchManager.RUN_MODE));
		Path folder = project.getLocation().toPath().resolve("results/" + runs);
		waitUntil("a run folder of " + study, Workbench.WAIT, () -> firstRun(folder) != null);
		Path run = firstRun(folder);
		waitUntil(study + " to end", Duration.ofSeconds(240), () -> RunStatus.read(run).filter(s -> !s.equals(RunStatus.RUNNING)).isPresent());
		assertEquals(RunStatus.COMPLETED, RunStatus.read(run).orElseThrow(), "status of " + run);
		return run;
	}

	private static Path firstRun(Path runs) {
		try (Stream<Path> folders = Files.list(runs)) {
			return folders.filter(Files::isDirectory).sorted().findFirst().orElse(null);
		} catch (IOException none) {
			return null;
		}
	}

	@Test
	void theLayersOfAStackAreNamedByFilmAndRegionOutlinesAreDrawn() throws Exception {
		IProject project = Workbench.exampleProject("devices", "stacks", "granular", "materials");
		Path saf = run(project, "stacks/synthetic-antiferromagnet.spintex", "canting", "SyntheticAntiferromagnet.canting");
		TextureView view = Workbench.showView(TextureView.ID, TextureView.class);
		Path sweepPoint;
		try (Stream<Path> points = Files.list(saf)) {
			sweepPoint = points.filter(p -> Files.exists(p.resolve("m000000.ovf"))).sorted().findFirst().orElseThrow();
		}
		Path snapshot = sweepPoint.resolve("m000000.ovf");
		ui(() -> view.open(snapshot));
		// the view may still show what it showed before (the newest run's snapshot): wait for the stack's own caption
		waitUntil("the stack's bottom layer, named by its film", Workbench.WAIT,
				() -> !view.preparing() && ui(view::captionText).startsWith("m000000.ovf — layer 1 of 3 (film bottom,"));
		ui(() -> view.showLayer(2));
		waitUntil("the top film's layer, named by its film", Workbench.WAIT,
				() -> !view.preparing() && ui(view::captionText).contains("layer 3 of 3 (film top,"));

		Path granular = run(project, "granular/granular-skyrmions.spintex", "skyrmions", "GranularFilm.skyrmions");
		ui(() -> view.open(granular.resolve("m000020.ovf")));
		waitUntil("the granular film's last snapshot", Workbench.WAIT,
				() -> !view.preparing() && ui(view::captionText).startsWith("m000020.ovf — layer 1 of 1 (film cobalt,"));
		// the grain boundaries: a 16 nm tessellation of a 128 nm film cut by hundreds of cell edges
		assertTrue(ui(view::outlines).size() > 500, "grain boundaries drawn: " + ui(view::outlines).size());
		assertFalse(ui(view::centres).isEmpty(), "the skyrmions of the granular film are found");
		screenshot("texture-grains");
	}
}
