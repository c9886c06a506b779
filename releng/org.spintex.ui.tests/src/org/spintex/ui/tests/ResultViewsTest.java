package org.spintex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spintex.ui.tests.Workbench.screenshot;
import static org.spintex.ui.tests.Workbench.ui;
import static org.spintex.ui.tests.Workbench.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.spintex.runner.study.RunStatus;
import org.spintex.ui.launch.StudyLaunch;
import org.spintex.ui.views.results.ResultsView;
import org.spintex.ui.views.texture.TextureView;
import org.spintex.ui.views.torque.ChartExport;
import org.spintex.ui.views.torque.ChartSeries;
import org.spintex.ui.views.torque.CsvTable;
import org.spintex.ui.views.torque.TorqueView;

/**
 * The views after runs: the Texture view shows the racetrack run's last snapshot and finds the
 * skyrmion where the engine's tracker put it; the Torque view charts the run's Q(t) and
 * an NEGF run's field-like and damping-like torques per site and contribution, and exports them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResultViewsTest {

	private static final double NM = 1e-9;

	@Test
	@Order(1)
	void textureViewShowsTheRunsLastSnapshotAndItsSkyrmion() throws Exception {
		IProject project = Workbench.exampleProject("racetrack", "skyrmion-racetrack", "materials");
		Path run = onlyRun(project.getLocation().toPath().resolve("results/Racetrack.push"));
		TextureView view = Workbench.showView(TextureView.ID, TextureView.class);
		// what a double-click on an OVF file of the run does
		ui(() -> view.open(run.resolve("m000030.ovf")));
		// read in the background: wait for it
		waitUntil("the Texture view to show m000030.ovf", Workbench.WAIT,
				() -> view.frame() != null && "m000030.ovf".equals(view.frame().title()) && !view.preparing());
		assertEquals(31, ui(() -> view.series().size()), "snapshots m000000..m000030 on the time slider");
		// the engine's tracker (finite-difference guiding centre) wrote x_sk, y_sk; the view clusters
		// the lattice charge of the snapshot on its own
		CsvTable table = CsvTable.read(run.resolve("table.csv"));
		double[] xs = table.numbers().get(table.column("x_sk (m)"));
		double[] ys = table.numbers().get(table.column("y_sk (m)"));
		var centres = ui(() -> view.centres());
		assertEquals(1, centres.size(), centres.toString());
		assertEquals(xs[xs.length - 1] / NM, centres.get(0).xMetre() / NM, 0.2, "x of the skyrmion, nm");
		assertEquals(ys[ys.length - 1] / NM, centres.get(0).yMetre() / NM, 0.2, "y of the skyrmion, nm");
		assertEquals(-1, ui(() -> view.frame().charge(0)), 0.01, "Q of a core-down skyrmion in an up film");
		screenshot("texture");
		// maximised and zoomed onto the skyrmion: the scale bar and the key stay, the film point stays put
		double[] centre = { centres.get(0).xMetre(), centres.get(0).yMetre() };
		ui(() -> {
			Workbench.page().setPartState(Workbench.page().findViewReference(TextureView.ID),
					org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		});
		Workbench.sleep(500);
		ui(() -> {
			var mesh = view.frame().m();
			var area = view.canvasArea();
			var at = view.viewport().placement(mesh.sizeXMetre(), mesh.sizeYMetre(), area);
			double px = at.x() + centre[0] / mesh.sizeXMetre() * at.width();
			double py = at.y() + at.height() - centre[1] / mesh.sizeYMetre() * at.height();
			view.viewport().zoomAt(px, py, 3, mesh.sizeXMetre(), mesh.sizeYMetre(), area);
			double[] under = view.viewport().toFilm(px, py, mesh.sizeXMetre(), mesh.sizeYMetre(), area);
			assertEquals(centre[0] / NM, under[0] / NM, 1e-6, "zooming keeps the skyrmion under the cursor");
			view.redraw();
		});
		screenshot("texture-zoomed");
		ui(() -> view.showColours(org.spintex.ui.views.texture.ColourQuantity.CHARGE_DENSITY));
		waitUntil("the charge density", Workbench.WAIT, () -> !view.preparing());
		screenshot("texture-charge-density");
		// what the view remembers over a restart of the workbench
		org.eclipse.ui.XMLMemento memento = org.eclipse.ui.XMLMemento.createWriteRoot("view");
		ui(() -> view.saveState(memento));
		ui(() -> {
			Workbench.page().setPartState(Workbench.page().findViewReference(TextureView.ID), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
			Workbench.page().hideView(view);
		});
		TextureView again = Workbench.showView(TextureView.ID, TextureView.class);
		ui(() -> again.restore(memento));
		waitUntil("the restored view to show m000030.ovf", Workbench.WAIT,
				() -> again.frame() != null && "m000030.ovf".equals(again.frame().title()) && !again.preparing());
		assertEquals(org.spintex.ui.views.texture.ColourQuantity.CHARGE_DENSITY, ui(() -> again.colours()));
		ui(() -> again.showColours(org.spintex.ui.views.texture.ColourQuantity.DIRECTION));
		waitUntil("the colour wheel again", Workbench.WAIT, () -> !again.preparing());
		Path movie = Files.createTempFile("texture", ".gif");
		ui(() -> again.exportMovie(movie)).join();
		javax.imageio.ImageReader gif = javax.imageio.ImageIO.getImageReadersByFormatName("gif").next();
		try (var in = javax.imageio.ImageIO.createImageInputStream(movie.toFile())) {
			gif.setInput(in);
			assertEquals(31, gif.getNumImages(true), "one movie frame per snapshot");
		} finally {
			gif.dispose();
		}
		Path png = Files.createTempFile("texture", ".png");
		ui(() -> again.exportPng(png)).join();
		java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(png.toFile());
		assertTrue(picture != null && picture.getWidth() > 100, "the exported PNG holds the picture");

		// the Profile button charts m along x through the skyrmion in the Torque view
		ui(() -> java.util.Arrays.stream(again.getViewSite().getActionBars().getToolBarManager().getItems())
				.filter(i -> i instanceof org.eclipse.jface.action.ActionContributionItem a
						&& "Profile".equals(a.getAction().getText()))
				.map(i -> ((org.eclipse.jface.action.ActionContributionItem) i).getAction()).findFirst().orElseThrow().run());
		TorqueView chart = showTorqueView();
		List<ChartSeries> profile = ui(() -> chart.curves());
		assertEquals(List.of("m_x", "m_y", "m_z"), profile.stream().map(ChartSeries::name).toList());
		double[] x = profile.get(2).x(), mz = profile.get(2).y();
		assertEquals(128, x.length, "one point per cell along the track");
		int core = 0;
		for (int i = 0; i < x.length; i++) {
			core = Math.abs(x[i] - centres.get(0).xMetre() / NM) < Math.abs(x[core] - centres.get(0).xMetre() / NM) ? i : core;
		}
		assertTrue(mz[core] < -0.8, "the core points down: m_z = " + mz[core]);
		assertTrue(mz[(core + 64) % 128] > 0.9, "half a track away the film points up: m_z = " + mz[(core + 64) % 128]);
	}

	@Test
	@Order(2)
	void torqueViewChartsTheRunsTimeSeries() throws Exception {
		TorqueView view = showTorqueView();
		IProject project = Workbench.exampleProject("racetrack", "skyrmion-racetrack", "materials");
		Path run = onlyRun(project.getLocation().toPath().resolve("results/Racetrack.push"));
		ui(() -> view.showRun(run));
		assertEquals(List.of("Q ()"), ui(() -> view.chosenColumns()));
		TorqueView.Panel panel = ui(() -> view.panels()).get(0);
		assertEquals("Q", panel.yTitle(), "a dimensionless column is named without an empty unit");
		assertTrue(panel.xTitle().equals("t (ps)") || panel.xTitle().equals("t (ns)"), "time in ps or ns: " + panel.xTitle());
		List<ChartSeries> curves = ui(() -> view.curves());
		assertEquals(1, curves.size());
		assertEquals(31, curves.get(0).x().length, "Q at every output");
		for (double q : curves.get(0).y()) {
			assertEquals(-1, q, 0.01, "Q is conserved while the skyrmion moves");
		}
		screenshot("time-series");
	}

	@Test
	@Order(3)
	void torqueViewChartsTorquesPerSiteAndContribution() throws Exception {
		IProject project = Workbench.exampleProject("negf", "geometric-torque");
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationWorkingCopy configuration = manager.getLaunchConfigurationType(StudyLaunch.TYPE_ID)
				.newInstance(null, "wall profiles");
		configuration.setAttribute(StudyLaunch.FILE,
				project.getFile("geometric-torque/fig3-wall-profiles.spintex").getFullPath().toString());
		TorqueView view = showTorqueView();
		ui(() -> DebugUITools.launch(configuration, ILaunchManager.RUN_MODE));
		Path runs = project.getLocation().toPath().resolve("results/BlochWall.profiles");
		waitUntil("the NEGF run to end", Duration.ofSeconds(300), () -> {
			try {
				return RunStatus.read(onlyRun(runs)).filter(s -> !s.equals(RunStatus.RUNNING)).isPresent();
			} catch (IOException | IllegalStateException e) {
				return false;
			}
		});
		Path run = onlyRun(runs);
		assertEquals(RunStatus.COMPLETED, RunStatus.read(run).orElseThrow(), "status of " + run);
		// the view follows the finished run asynchronously: wait for this run's sweep, not the previous test's table
		waitUntil("the Torque view to show the sweep", Workbench.WAIT,
				() -> view.shownTable() != null && view.shownTable().getFileName().toString().equals("sweep.csv")
						&& view.shownTable().getParent().getFileName().equals(run.getFileName()) && !view.curves().isEmpty());
		// the sweep: a result against the first swept parameter, one curve per value of the second, never input vs input
		TorqueView.Panel sweep = ui(() -> view.panels()).get(0);
		assertEquals("chain.lead-coupling (eV)", sweep.xTitle());
		assertTrue(!sweep.yTitle().startsWith("chain."), "a result on the y axis: " + sweep.yTitle());
		assertEquals(List.of("chain.sd-exchange = 100 meV", "chain.sd-exchange = 20 eV"),
				sweep.curves().stream().map(ChartSeries::group).distinct().toList());
		// what the engine charts over its sweeps (seed 004 Fig. 2): the total field-like torque per contribution
		assertEquals(List.of("total-field-like-geometric (J)", "total-field-like-fermi-sea (J)", "total-field-like-fermi-surface (J)",
				"total-field-like-first-order (J)"), sweep.curves().stream().map(ChartSeries::column).distinct().toList());
		ui(() -> Workbench.page().setPartState(Workbench.page().findViewReference(TorqueView.ID),
				org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED));
		screenshot("sweep-chart");
		ui(() -> Workbench.page().setPartState(Workbench.page().findViewReference(TorqueView.ID),
				org.eclipse.ui.IWorkbenchPage.STATE_RESTORED));
		// the points' torques are listed with the sweep's tables, named by their parameters
		assertTrue(ui(() -> view.tableNames()).stream().anyMatch(n -> n.startsWith("point-004 [chain.lead-coupling = ")
				&& n.endsWith("]/torques.csv")), ui(() -> view.tableNames()).toString());
		ui(() -> view.open(run.resolve("point-004/torques.csv")));
		List<ChartSeries> curves = ui(() -> view.curves());
		List<String> names = curves.stream().map(ChartSeries::name).toList();
		for (String contribution : List.of("adiabatic", "geometric", "fermi-sea", "fermi-surface", "exact")) {
			assertTrue(names.contains("FL/hw () — " + contribution) && names.contains("DL/hw () — " + contribution),
					"field-like and damping-like curves of " + contribution + " in " + names);
		}
		// one panel each, in units of ħω, against the site
		List<TorqueView.Panel> panels = ui(() -> view.panels());
		assertEquals(List.of("FL (ħω)", "DL (ħω)"), panels.stream().map(TorqueView.Panel::yTitle).toList());
		assertEquals("site", panels.get(0).xTitle());
		CsvTable table = CsvTable.read(run.resolve("point-004/torques.csv"));
		double sites = java.util.Arrays.stream(table.numbers().get(0)).max().orElseThrow();
		assertEquals(sites, curves.get(0).x().length, "one point per site");
		// every contribution, then the nonequilibrium parts alone, with the view maximised for the pictures
		ui(() -> Workbench.page().setPartState(Workbench.page().findViewReference(TorqueView.ID),
				org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED));
		screenshot("torques-all");
		ui(() -> view.chooseLabels(List.of("geometric", "fermi-sea", "fermi-surface")));
		assertEquals(6, ui(() -> view.curves()).size(), "FL and DL of three contributions");
		ui(() -> Workbench.page().setPartState(Workbench.page().findViewReference(TorqueView.ID),
				org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED));
		screenshot("torques");
		ui(() -> Workbench.page().setPartState(Workbench.page().findViewReference(TorqueView.ID),
				org.eclipse.ui.IWorkbenchPage.STATE_RESTORED));
		Path png = Files.createTempFile("torques", ".png");
		ui(() -> view.exportPng(png));
		assertTrue(javax.imageio.ImageIO.read(png.toFile()).getWidth() > 100, "the exported PNG holds the chart");

		Path svg = Files.createTempFile("torques", ".svg");
		Path csv = Files.createTempFile("torques", ".csv");
		ChartExport.svg(svg, "torques", "site", "torque (J)", curves, false, false);
		ChartExport.csv(csv, "site ()", curves);
		assertEquals(curves.size(), Files.readString(svg).split("<polyline").length - 1, "one polyline per curve");
		assertEquals(1 + curves.stream().mapToInt(c -> c.x().length).sum(), Files.readAllLines(csv).size(),
				"one CSV row per plotted point");
	}

	@Test
	@Order(4)
	void aRerunIsComparedWithTheFirstRunAndAgreesBitForBit() throws Exception {
		IProject project = Workbench.exampleProject("racetrack", "skyrmion-racetrack", "materials");
		Path runs = project.getLocation().toPath().resolve("results/Racetrack.push");
		Path first = onlyRun(runs);
		ILaunchConfigurationWorkingCopy configuration = DebugPlugin.getDefault().getLaunchManager()
				.getLaunchConfigurationType(StudyLaunch.TYPE_ID).newInstance(null, "racetrack push again");
		configuration.setAttribute(StudyLaunch.FILE,
				project.getFile("skyrmion-racetrack/spin-orbit-push.spintex").getFullPath().toString());
		configuration.setAttribute(StudyLaunch.STUDY, "push");
		ui(() -> DebugUITools.launch(configuration, ILaunchManager.RUN_MODE));
		waitUntil("a second run folder", Workbench.WAIT, () -> runFolders(runs).size() == 2);
		Path second = runFolders(runs).stream().filter(p -> !p.equals(first)).findFirst().orElseThrow();
		waitUntil("the second run to end", Duration.ofSeconds(300),
				() -> RunStatus.read(second).filter(s -> !s.equals(RunStatus.RUNNING)).isPresent());
		assertEquals(RunStatus.COMPLETED, RunStatus.read(second).orElseThrow(), "status of " + second);
		ResultsView view = Workbench.showView(ResultsView.ID, ResultsView.class);
		ui(() -> view.compare(first, second));
		assertEquals(List.of("Quantity", "A", "B", "Unit (SI)", "B − A", "(B − A)/|A|"), ui(() -> view.columns()));
		assertTrue(ui(() -> view.headerText()).contains("same compiled input"), ui(() -> view.headerText()));
		List<String[]> rows = ui(() -> view.rows());
		assertTrue(rows.stream().anyMatch(r -> r[0].equals("topological-charge")), "Q among the compared results");
		for (String[] row : rows) {
			assertEquals(row[1], row[2], "the same input gives the same " + row[0]);
			assertTrue(row[4].isEmpty() || row[4].equals("+0"), row[0] + " changed by " + row[4]);
			assertTrue(row[5].isEmpty() || row[5].equals("+0.00 %"), row[0] + " changed by " + row[5]);
		}
		screenshot("compare-runs");
		// the comparison comes back after a restart of the workbench
		org.eclipse.ui.XMLMemento memento = org.eclipse.ui.XMLMemento.createWriteRoot("view");
		ui(() -> view.saveState(memento));
		String header = ui(() -> view.headerText());
		ui(() -> Workbench.page().hideView(view));
		ResultsView again = Workbench.showView(ResultsView.ID, ResultsView.class);
		ui(() -> again.restore(memento));
		assertEquals(header, ui(() -> again.headerText()));
	}

	private static List<Path> runFolders(Path runs) {
		try (Stream<Path> folders = Files.list(runs)) {
			return folders.filter(Files::isDirectory).toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	private static TorqueView showTorqueView() {
		return Workbench.showView(TorqueView.ID, TorqueView.class);
	}

	/** The first run folder (by name, that is by start time). */
	private static Path onlyRun(Path runs) throws IOException {
		try (Stream<Path> folders = Files.list(runs)) {
			return folders.filter(Files::isDirectory).sorted().findFirst()
					.orElseThrow(() -> new IllegalStateException("no run in " + runs));
		}
	}
}
