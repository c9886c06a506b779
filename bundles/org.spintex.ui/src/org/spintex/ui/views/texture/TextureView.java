package org.spintex.ui.views.texture;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.part.ViewPart;
import org.spintex.core.results.FieldSnapshot;
import org.spintex.core.topology.SkyrmionCentres;
import org.spintex.ui.SpintexUi;
import org.spintex.ui.preferences.SpintexPreferences;
import org.spintex.ui.runs.RunEvents;

/**
 * The magnetization of a film as a colour wheel (in-plane angle → hue, m_z → lightness) or one
 * component or the topological charge density on a diverging map, with its key, a scale bar,
 * arrows, the centres of skyrmions and their path; zoom with the wheel, pan by dragging, read m
 * under the cursor; export a PNG or a movie of the snapshots; what was shown comes back after a
 * restart. It shows any
 * OVF 1.0 or 2.0 file (Spintex, MuMax3, OOMMF), steps through the snapshots of a run with the time
 * slider and through the layers of a 3D film with the layer selector, and follows a run started
 * in the workbench while it writes. Files are read and pictures computed in the background
 * ({@link FramePreparation}); the UI thread only draws.
 */
public final class TextureView extends ViewPart {

	public static final String ID = "org.spintex.ui.views.texture";

	private Label caption;
	private Canvas canvas;
	private Scale time;
	private Label timeLabel;
	private Spinner layer;
	private Image image;

	private SnapshotSeries series;
	private int shownIndex;
	private TextureFrame frame;
	private List<SkyrmionCentres.Centre> centres = List.of();
	private double charge;
	private FramePreparation preparation;
	private Job tracing;
	private List<double[]> path = List.of();
	private final Map<Path, double[]> centreCache = new ConcurrentHashMap<>();
	private boolean followRuns = true;
	private TexturePicture.Overlays overlays = new TexturePicture.Overlays(true, true, true);
	/** The edges between the run's material regions in the layer shown, and the film of that layer in a stack. */
	private List<int[]> outlines = List.of();
	private java.util.Optional<String> film = java.util.Optional.empty();
	private ColourQuantity quantity = ColourQuantity.DIRECTION;
	private TexturePicture.Key key = new TexturePicture.Key(ColourQuantity.DIRECTION, 0);
	private final TextureViewport viewport = new TextureViewport();
	private Label readout;
	/** Where a drag started, or null. */
	private int[] dragFrom;
	/** What the view showed when the workbench closed: a file, or a run folder (its newest snapshot). */
	private IMemento restored;
	private final List<Action> colourActions = new ArrayList<>();

	private final RunEvents.Listener runs = new RunEvents.Listener() {
		@Override
		public void started(Path runFolder) {
			followRuns = true;
		}

		@Override
		public void updated(Path runFolder) {
			showLatest(runFolder);
		}

		@Override
		public void finished(Path runFolder, String status) {
			showLatest(runFolder);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(4, false));
		caption = new Label(parent, SWT.WRAP);
		caption.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
		canvas.addPaintListener(e -> {
			if (image != null && frame != null) {
				TexturePicture.draw(e.gc, canvas.getDisplay(), image, frame, layer(), overlays, key, centres, path, outlines,
						canvas.getClientArea(), viewport);
			}
		});
		listenToMouse();
		canvas.addDisposeListener(e -> disposeImage());
		preparation = new FramePreparation(parent.getDisplay(), this::shown, (request, e) -> {
			if (caption.isDisposed()) {
				return;
			}
			caption.setText("Cannot show " + describe(request.source()) + ": " + e.getMessage());
			caption.getParent().layout();
		});
		new Label(parent, SWT.NONE).setText("Snapshot:");
		time = new Scale(parent, SWT.HORIZONTAL);
		time.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		time.addListener(SWT.Selection, e -> {
			followRuns = false;
			showSnapshot(time.getSelection());
		});
		timeLabel = new Label(parent, SWT.NONE);
		timeLabel.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));
		timeLabel.setText("t = –            ");
		layer = new Spinner(parent, SWT.BORDER);
		layer.setToolTipText("Layer (z index, from the bottom) of a 3D film or stack");
		layer.addListener(SWT.Selection, e -> render());
		readout = new Label(parent, SWT.NONE);
		readout.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		readout.setText("Wheel: zoom, drag: pan, double-click: whole film");
		contributeActions(getViewSite().getActionBars().getToolBarManager());
		contributeColours(getViewSite().getActionBars().getMenuManager());
		RunEvents.add(runs);
		showNothingYet();
		if (restored != null) {
			restore(restored);
		} else {
			// opened after a run started (behind another tab): catch up with it
			RunEvents.latest().ifPresent(this::showLatest);
		}
	}

	/** Wheel zooms about the cursor, a drag pans, a double click shows the whole film; hovering reads m out. */
	private void listenToMouse() {
		canvas.addListener(SWT.MouseVerticalWheel, e -> {
			if (frame != null) {
				FieldSnapshot mesh = frame.m();
				viewport.zoomAt(e.x, e.y, e.count > 0 ? 1.25 : 0.8, mesh.sizeXMetre(), mesh.sizeYMetre(), area());
				canvas.redraw();
			}
		});
		canvas.addListener(SWT.MouseDown, e -> dragFrom = e.button == 1 ? new int[] { e.x, e.y } : null);
		canvas.addListener(SWT.MouseUp, e -> dragFrom = null);
		canvas.addListener(SWT.MouseDoubleClick, e -> {
			viewport.reset();
			canvas.redraw();
		});
		canvas.addListener(SWT.MouseMove, e -> {
			if (frame == null) {
				return;
			}
			FieldSnapshot mesh = frame.m();
			if (dragFrom != null) {
				viewport.panBy(e.x - dragFrom[0], e.y - dragFrom[1], mesh.sizeXMetre(), mesh.sizeYMetre(), area());
				dragFrom = new int[] { e.x, e.y };
				canvas.redraw();
			}
			readout.setText(readout(viewport.toFilm(e.x, e.y, mesh.sizeXMetre(), mesh.sizeYMetre(), area())));
		});
	}

	/** "x = 120.5 nm, y = 40 nm: m = (+0.12, −0.50, +0.86)", or the zoom hint off the film. */
	private String readout(double[] at) {
		FieldSnapshot mesh = frame.m();
		int i = (int) Math.floor(at[0] / mesh.cellXMetre()), j = (int) Math.floor(at[1] / mesh.cellYMetre());
		if (i < 0 || j < 0 || i >= mesh.nx() || j >= mesh.ny()) {
			return String.format(Locale.ROOT, "zoom %.3g× — wheel: zoom, drag: pan, double-click: whole film", viewport.zoom());
		}
		double unit = lengthUnit();
		int cell = mesh.index(i, j, layer());
		return String.format(Locale.ROOT, "x = %.4g %s, y = %.4g %s (cell %d, %d): %s = (%+.3f, %+.3f, %+.3f)",
				mesh.centreX(i) / unit, SpintexPreferences.lengthUnit(), mesh.centreY(j) / unit, SpintexPreferences.lengthUnit(), i, j,
				series == null ? "m" : series.quantity(), frame.mx(cell), frame.my(cell), frame.mz(cell));
	}

	private TextureViewport.Box area() {
		return TexturePicture.box(canvas.getClientArea());
	}

	/** The view menu: what the colours show. */
	private void contributeColours(org.eclipse.jface.action.IMenuManager menu) {
		org.eclipse.jface.action.MenuManager colours = new org.eclipse.jface.action.MenuManager("Colours");
		for (ColourQuantity q : ColourQuantity.values()) {
			Action choose = new Action(q.label(), IAction.AS_RADIO_BUTTON) {
				@Override
				public void run() {
					if (isChecked()) {
						showColours(q);
					}
				}
			};
			choose.setId(q.name());
			choose.setChecked(q == quantity);
			colours.add(choose);
			colourActions.add(choose);
		}
		menu.add(colours);
	}

	/** Colours the picture by {@code shown}. */
	public void showColours(ColourQuantity shown) {
		quantity = shown;
		render();
	}

	public ColourQuantity colours() {
		return quantity;
	}

	private void contributeActions(IToolBarManager toolbar) {
		toolbar.add(new Action("Open OVF…") {
			@Override
			public void run() {
				FileDialog dialog = new FileDialog(canvas.getShell(), SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.ovf;*.omf", "*" });
				String chosen = dialog.open();
				if (chosen != null) {
					open(Path.of(chosen));
				}
			}
		});
		toolbar.add(new Action("Export PNG") {
			@Override
			public void run() {
				FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
				dialog.setFilterExtensions(new String[] { "*.png" });
				dialog.setOverwrite(true);
				String chosen = dialog.open();
				if (chosen != null) {
					exportPng(Path.of(chosen));
				}
			}
		});
		toolbar.add(new Action("Profile") {
			@Override
			public void run() {
				showProfile();
			}
		});
		toolbar.add(new Action("Export movie…") {
			@Override
			public void run() {
				exportMovie();
			}
		});
		toolbar.add(toggle("Arrows", overlays.arrows(), on -> overlays = new TexturePicture.Overlays(on, overlays.centres(),
				overlays.regions())));
		toolbar.add(toggle("Centres", overlays.centres(), on -> overlays = new TexturePicture.Overlays(overlays.arrows(), on,
				overlays.regions())));
		toolbar.add(toggle("Regions", overlays.regions(), on -> overlays = new TexturePicture.Overlays(overlays.arrows(),
				overlays.centres(), on)));
	}

	private IAction toggle(String name, boolean initially, java.util.function.Consumer<Boolean> set) {
		Action action = new Action(name, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				set.accept(isChecked());
				render();
			}
		};
		action.setChecked(initially);
		action.setToolTipText("Show " + name.toLowerCase(Locale.ROOT));
		return action;
	}

	/**
	 * The components of the field along x, through the main texture's centre (or the middle row),
	 * charted in the Torque view: a wall or skyrmion profile of m, or of a torque field.
	 */
	private void showProfile() {
		if (frame == null) {
			return;
		}
		FieldSnapshot mesh = frame.m();
		int k = layer();
		int j = centres.isEmpty() ? mesh.ny() / 2
				: (int) Math.min(mesh.ny() - 1, Math.max(0, Math.floor(centres.get(0).yMetre() / mesh.cellYMetre())));
		double unit = "µm".equals(SpintexPreferences.lengthUnit()) ? 1e-6 : 1e-9;
		double[] x = new double[mesh.nx()];
		double[][] components = new double[3][mesh.nx()];
		for (int i = 0; i < mesh.nx(); i++) {
			int cell = mesh.index(i, j, k);
			x[i] = mesh.centreX(i) / unit;
			components[0][i] = frame.mx(cell);
			components[1][i] = frame.my(cell);
			components[2][i] = frame.mz(cell);
		}
		String quantity = series == null ? "m" : series.quantity();
		List<org.spintex.ui.views.torque.ChartSeries> curves = List.of(
				new org.spintex.ui.views.torque.ChartSeries(quantity + "_x", x, components[0]),
				new org.spintex.ui.views.torque.ChartSeries(quantity + "_y", x, components[1]),
				new org.spintex.ui.views.torque.ChartSeries(quantity + "_z", x, components[2]));
		try {
			org.spintex.ui.views.torque.TorqueView chart = (org.spintex.ui.views.torque.TorqueView) getSite().getPage()
					.showView(org.spintex.ui.views.torque.TorqueView.ID);
			chart.showCurves(String.format(Locale.ROOT, "%s along x at y = %.4g %s", frame.title(), mesh.centreY(j) / unit,
					SpintexPreferences.lengthUnit()), "x (" + SpintexPreferences.lengthUnit() + ")", curves);
		} catch (org.eclipse.ui.PartInitException e) {
			SpintexUi.log("cannot show the Torque view", e);
		}
	}

	/** Shows an OVF file and the snapshots of its series (the same quantity in the same folder), once read. */
	public void open(Path file) {
		followRuns = false;
		preparation.request(new FramePreparation.Source.OpenFile(file), layerSelection(), quantity);
	}

	/** Shows the newest m snapshot of a run folder, if the view follows runs. */
	private void showLatest(Path runFolder) {
		if (canvas.isDisposed()) {
			return;
		}
		canvas.getDisplay().asyncExec(() -> {
			if (!canvas.isDisposed() && followRuns) {
				preparation.request(new FramePreparation.Source.Latest(runFolder), layerSelection(), quantity);
			}
		});
	}

	/** Takes a frame the background job prepared: only widgets and an image here. */
	private void shown(FramePreparation.Prepared prepared) {
		if (canvas.isDisposed()) {
			return;
		}
		boolean newSeries = prepared.series() == null || series == null || !prepared.series().equals(series);
		series = prepared.series();
		shownIndex = prepared.index();
		if (frame == null || frame.m().nx() != prepared.frame().m().nx() || frame.m().ny() != prepared.frame().m().ny()) {
			viewport.reset();
		}
		frame = prepared.frame();
		key = prepared.key();
		centres = prepared.centres();
		outlines = prepared.outlines();
		film = prepared.film();
		charge = prepared.charge();
		disposeImage();
		image = new Image(canvas.getDisplay(), prepared.colours());
		layer.setValues(prepared.layer(), 0, frame.m().nz() - 1, 0, 1, 1);
		layer.setEnabled(frame.m().nz() > 1);
		if (series == null) {
			time.setEnabled(false);
			timeLabel.setText("t = –");
		} else {
			if (newSeries || time.getSelection() != shownIndex) {
				updateSlider(shownIndex);
			}
			timeLabel.setText(String.format(Locale.ROOT, "t = %.4g ns (%d/%d)", frame.timeSecond() * 1e9, shownIndex + 1,
					series.size()));
		}
		if (newSeries) {
			tracePath();
		}
		showCaption();
	}

	private void updateSlider(int index) {
		time.setMinimum(0);
		time.setMaximum(Math.max(1, series.size() - 1));
		time.setIncrement(1);
		time.setPageIncrement(Math.max(1, series.size() / 10));
		time.setSelection(index);
		time.setEnabled(series.size() > 1);
	}

	private void showSnapshot(int index) {
		if (series == null || series.isEmpty()) {
			return;
		}
		int shown = Math.min(index, series.size() - 1);
		timeLabel.setText(String.format(Locale.ROOT, "reading %d/%d", shown + 1, series.size()));
		preparation.request(new FramePreparation.Source.SeriesIndex(series, shown), layerSelection(), quantity);
	}

	/** The path of the main texture's centre over the series, computed in the background. */
	private void tracePath() {
		if (tracing != null) {
			tracing.cancel();
		}
		path = List.of();
		SnapshotSeries traced = series;
		if (traced == null) {
			return;
		}
		int k = layer();
		tracing = Job.create("Tracing skyrmion centres", monitor -> {
			List<double[]> points = new ArrayList<>();
			for (Path file : traced.files()) {
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				double[] centre = centreCache.computeIfAbsent(file, f -> {
					try {
						List<SkyrmionCentres.Centre> found = TextureFrame.read(f).centres(k);
						return found.isEmpty() ? null : new double[] { found.get(0).xMetre(), found.get(0).yMetre() };
					} catch (IOException | RuntimeException e) {
						return null;
					}
				});
				if (centre != null) {
					points.add(centre);
				}
			}
			canvas.getDisplay().asyncExec(() -> {
				if (!canvas.isDisposed() && traced.equals(series)) {
					path = points;
					canvas.redraw();
				}
			});
			return Status.OK_STATUS;
		});
		tracing.setSystem(true);
		tracing.schedule();
	}

	/** Before any snapshot: what to do to see one, instead of a picture that is no result. */
	private void showNothingYet() {
		time.setEnabled(false);
		layer.setEnabled(false);
		caption.setText("No snapshot yet. Run a micromagnetic study (Run As › Spintex study): its m files appear here while it "
				+ "runs. Or open an OVF 1.0/2.0 file of Spintex, MuMax3 or OOMMF with Open OVF… in this view's toolbar.");
		caption.getParent().layout();
	}

	/** Draws the frame on screen again, for another layer or overlay (prepared in the background as well). */
	private void render() {
		if (frame == null || canvas.isDisposed()) {
			return;
		}
		preparation.request(new FramePreparation.Source.Frame(series, shownIndex, frame), layerSelection(), quantity);
	}

	private void showCaption() {
		FieldSnapshot mesh = frame.m();
		int k = layer();
		double unit = "µm".equals(SpintexPreferences.lengthUnit()) ? 1e-6 : 1e-9;
		String located = centres.stream()
				.map(c -> String.format(Locale.ROOT, "(%.1f, %.1f)", c.xMetre() / unit, c.yMetre() / unit))
				.reduce((a, b) -> a + ", " + b).map(s -> "; centres " + s + " " + SpintexPreferences.lengthUnit()).orElse("");
		caption.setText(String.format(Locale.ROOT, "%s — layer %d of %d (%sz = %s %s) — Q = %+.3f%s — %d × %d × %d cells of %s × %s × %s %s",
				frame.title(), k + 1, mesh.nz(), film.map(f -> "film " + f + ", ").orElse(""), compact((k + 0.5) * mesh.cellZMetre() / unit), SpintexPreferences.lengthUnit(), charge,
				located, mesh.nx(), mesh.ny(), mesh.nz(),
				compact(mesh.cellXMetre() / unit), compact(mesh.cellYMetre() / unit), compact(mesh.cellZMetre() / unit),
				SpintexPreferences.lengthUnit()));
		caption.getParent().layout();
		canvas.redraw();
	}

	private static String describe(FramePreparation.Source source) {
		return switch (source) {
		case FramePreparation.Source.OpenFile open -> open.file().getFileName().toString();
		case FramePreparation.Source.SeriesIndex at -> at.series().files().get(Math.min(at.index(), at.series().size() - 1))
				.getFileName().toString();
		case FramePreparation.Source.Latest run -> "the newest snapshot of " + run.runFolder().getFileName();
		case FramePreparation.Source.Frame again -> again.frame().title();
		};
	}

	/**
	 * Saves the picture as it is drawn now (colour wheel and overlays) as a PNG of the view's size: drawn and
	 * encoded here, written to the file by the returned job.
	 */
	public Job exportPng(Path file) {
		org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
		Image picture = new Image(canvas.getDisplay(), Math.max(1, area.width), Math.max(1, area.height));
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(picture);
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		try {
			gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, area.width, area.height);
			if (image != null && frame != null) {
				TexturePicture.draw(gc, canvas.getDisplay(), image, frame, layer(), overlays, key, centres, path, outlines,
						new org.eclipse.swt.graphics.Rectangle(0, 0, area.width, area.height), viewport);
			}
			org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { picture.getImageData() };
			loader.save(png, SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			picture.dispose();
		}
		Job write = Job.create("Exporting " + file.getFileName(), monitor -> {
			try {
				java.nio.file.Files.write(file, png.toByteArray());
				return Status.OK_STATUS;
			} catch (IOException e) {
				return Status.error("cannot write " + file + ": " + e.getMessage(), e);
			}
		});
		write.schedule();
		return write;
	}

	/**
	 * Writes the snapshots of the series shown as an animated GIF, in the colours shown now, in a
	 * background job.
	 */
	private void exportMovie() {
		if (series == null || series.isEmpty()) {
			caption.setText("Export movie: open a run's snapshots first (the movie is of the series shown).");
			caption.getParent().layout();
			return;
		}
		FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.gif" });
		dialog.setFileName(series.quantity() + ".gif");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			exportMovie(Path.of(chosen));
		}
	}

	/** The movie of the series shown, written by the returned job. */
	public Job exportMovie(Path gif) {
		SnapshotSeries shownSeries = series;
		int k = layer();
		ColourQuantity shownQuantity = quantity;
		Job write = Job.create("Exporting " + gif.getFileName(), monitor -> {
			try {
				TextureMovie.write(shownSeries, k, shownQuantity, gif, monitor::isCanceled);
				return Status.OK_STATUS;
			} catch (IOException | RuntimeException e) {
				return Status.error("cannot write the movie " + gif + ": " + e.getMessage(), e);
			}
		});
		write.setUser(true);
		write.schedule();
		return write;
	}

	@Override
	public void init(org.eclipse.ui.IViewSite site, IMemento memento) throws org.eclipse.ui.PartInitException {
		super.init(site, memento);
		restored = memento;
		if (memento != null) {
			applySettings(memento);
		}
	}

	/** Remembers what is shown, how it is coloured and drawn, for the next start of the workbench. */
	@Override
	public void saveState(IMemento memento) {
		memento.putString("colours", quantity.name());
		memento.putBoolean("arrows", overlays.arrows());
		memento.putBoolean("centres", overlays.centres());
		memento.putBoolean("regions", overlays.regions());
		if (series != null && !series.isEmpty()) {
			memento.putString("file", series.files().get(Math.min(shownIndex, series.size() - 1)).toString());
		}
	}

	/** Shows what {@link #saveState} remembered: the colours, the overlays and the snapshot, if it still exists. */
	public void restore(IMemento memento) {
		applySettings(memento);
		colourActions.forEach(a -> a.setChecked(quantity.name().equals(a.getId())));
		String file = memento.getString("file");
		if (file != null && java.nio.file.Files.isRegularFile(Path.of(file))) {
			open(Path.of(file));
		}
	}

	private void applySettings(IMemento memento) {
		try {
			quantity = ColourQuantity.valueOf(java.util.Objects.requireNonNullElse(memento.getString("colours"), "DIRECTION"));
		} catch (IllegalArgumentException e) {
			quantity = ColourQuantity.DIRECTION;
		}
		overlays = new TexturePicture.Overlays(!Boolean.FALSE.equals(memento.getBoolean("arrows")),
				!Boolean.FALSE.equals(memento.getBoolean("centres")), !Boolean.FALSE.equals(memento.getBoolean("regions")));
	}

	/** 1, 2.5, 0.125: no trailing zeros. */
	private static String compact(double value) {
		return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", value)).stripTrailingZeros().toPlainString();
	}

	private static double lengthUnit() {
		return "µm".equals(SpintexPreferences.lengthUnit()) ? 1e-6 : 1e-9;
	}

	/** The viewport (tests zoom it). */
	public TextureViewport viewport() {
		return viewport;
	}

	/** The drawing area, for the viewport. */
	public TextureViewport.Box canvasArea() {
		return area();
	}

	/** Redraws after the viewport changed. */
	public void redraw() {
		canvas.redraw();
	}

	private int layer() {
		return layer == null || frame == null ? 0 : Math.min(layer.getSelection(), frame.m().nz() - 1);
	}

	/** The layer the spinner asks for (the job clamps it to the next frame's layers). */
	private int layerSelection() {
		return layer == null ? 0 : layer.getSelection();
	}

	/** The frame shown now (for tests and exports). */
	public TextureFrame frame() {
		return frame;
	}

	/** The centres of the charged textures in the layer shown, as found when the frame was prepared. */
	/** Shows layer {@code k} (from 0 at the bottom of the mesh), as the layer selector does. */
	public void showLayer(int k) {
		layer.setSelection(k);
		render();
	}

	/** The caption under the picture: the snapshot, its layer (with its film in a stack), Q and the mesh. */
	public String captionText() {
		return caption.getText();
	}

	/** The edges between material regions drawn over the layer shown ({i₀, j₀, i₁, j₁} in cell corners). */
	public List<int[]> outlines() {
		return outlines;
	}

	public List<SkyrmionCentres.Centre> centres() {
		return centres;
	}

	/** True while a snapshot is being read or prepared (tests wait for it). */
	public boolean preparing() {
		return preparation.job().getState() != Job.NONE;
	}

	/** The time slider (tests drag it). */
	public Scale timeSlider() {
		return time;
	}

	public SnapshotSeries series() {
		return series;
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}

	@Override
	public void dispose() {
		RunEvents.remove(runs);
		preparation.cancel();
		if (tracing != null) {
			tracing.cancel();
		}
		super.dispose();
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}
}
