package org.spintex.ui.views.torque;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.ui.part.ViewPart;
import org.spintex.ui.SpintexUi;
import org.spintex.ui.runs.RunEvents;

/**
 * Charts of a run's tables (SWTChart), first as the study kind's {@link ChartPreset}: the field-like
 * and damping-like torques per site of an NEGF run in units of ħω, one panel each, a curve per
 * contribution; the time series of a micromagnetic or collective run (Q(t)); a sweep's result
 * against its swept parameter (log axes when they span decades). Axes read "name (unit)" in units
 * that suit the values (ns, nm, eV), the range never magnifies noise ({@link AxisRange}), every
 * contribution keeps its colour, and the legend sits under the charts, where clicking a
 * contribution hides or shows it. Choose the table, the x column and any y columns; export PNG, SVG
 * or CSV.
 */
public final class TorqueView extends ViewPart {

	public static final String ID = "org.spintex.ui.views.torque";

	/** Tables shown first when a run ends: torques, then sweeps, then time series. */
	private static final List<String> PREFERRED = List.of("torques.csv", "sweep.csv", "table.csv");
	private static final int[] PALETTE = { SWT.COLOR_DARK_BLUE, SWT.COLOR_RED, SWT.COLOR_DARK_GREEN, SWT.COLOR_DARK_MAGENTA,
			SWT.COLOR_DARK_YELLOW, SWT.COLOR_DARK_CYAN, SWT.COLOR_BLACK, SWT.COLOR_GRAY };

	private static final LineStyle[] LINE_STYLES = { LineStyle.SOLID, LineStyle.DASH, LineStyle.DOT, LineStyle.DASHDOT };

	private Combo tableChoice;
	private Combo xChoice;
	private org.eclipse.swt.widgets.List yChoice;
	private Label labelTitle;
	private org.eclipse.swt.widgets.List labelChoice;
	private Button logX;
	private Button logY;
	private static final String[] LINE_STYLE_NAMES = { "solid", "dashed", "dotted", "dash-dotted" };

	private Composite plots;
	private Composite legend;
	private List<Path> tables = List.of();
	private CsvTable table;
	private List<ChartSeries> curves = List.of();
	private List<String> allLabels = List.of();
	/** The y columns per panel of the table's preset; null once the user chose columns of their own. */
	private List<List<String>> panels;
	private List<Panel> shownPanels = List.of();
	private String title = "Open a table or run a study";
	/** Values a log axis could not draw in the last plot. */
	private int dropped;
	private org.eclipse.ui.IMemento restored;

	private final RunEvents.Listener runs = new RunEvents.Listener() {
		@Override
		public void finished(Path runFolder, String status) {
			if (!plots.isDisposed()) {
				plots.getDisplay().asyncExec(() -> {
					if (!plots.isDisposed()) {
						showRun(runFolder);
					}
				});
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		Composite controls = new Composite(parent, SWT.NONE);
		controls.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
		controls.setLayout(new GridLayout(1, false));
		new Label(controls, SWT.NONE).setText("Table:");
		tableChoice = new Combo(controls, SWT.READ_ONLY);
		tableChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		tableChoice.addListener(SWT.Selection, e -> open(tables.get(tableChoice.getSelectionIndex())));
		new Label(controls, SWT.NONE).setText("x:");
		xChoice = new Combo(controls, SWT.READ_ONLY);
		xChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		xChoice.addListener(SWT.Selection, e -> plot());
		new Label(controls, SWT.NONE).setText("y:");
		yChoice = choiceList(controls);
		labelTitle = new Label(controls, SWT.NONE);
		labelTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		labelTitle.setText("rows:");
		labelChoice = choiceList(controls);
		logX = new Button(controls, SWT.CHECK);
		logX.setText("log x");
		logX.addListener(SWT.Selection, e -> plot());
		logY = new Button(controls, SWT.CHECK);
		logY.setText("log y");
		logY.addListener(SWT.Selection, e -> plot());
		Composite right = new Composite(parent, SWT.NONE);
		right.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayout rightLayout = new GridLayout(1, false);
		rightLayout.marginWidth = 0;
		rightLayout.marginHeight = 0;
		right.setLayout(rightLayout);
		plots = new Composite(right, SWT.NONE);
		plots.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		legend = new Composite(right, SWT.NONE);
		legend.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
		org.eclipse.swt.layout.RowLayout rows = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
		rows.wrap = true;
		rows.spacing = 4;
		legend.setLayout(rows);
		draw();
		if (restored != null && restored.getString("table") != null && Files.isRegularFile(Path.of(restored.getString("table")))) {
			open(Path.of(restored.getString("table")));
		} else {
			// opened after a run started (behind another tab): show its tables
			RunEvents.latest().filter(Files::isDirectory).ifPresent(this::showRun);
		}
		contributeActions(getViewSite().getActionBars().getToolBarManager());
		RunEvents.add(runs);
	}

	/** A multiple-choice list that redraws the chart when its choice changes. */
	private org.eclipse.swt.widgets.List choiceList(Composite parent) {
		org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(parent, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
		GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
		layout.widthHint = 150;
		layout.heightHint = 80;
		list.setLayoutData(layout);
		list.addListener(SWT.Selection, e -> plot());
		return list;
	}

	private void contributeActions(IToolBarManager toolbar) {
		toolbar.add(new Action("Open table…") {
			@Override
			public void run() {
				FileDialog dialog = new FileDialog(plots.getShell(), SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.csv", "*" });
				String chosen = dialog.open();
				if (chosen != null) {
					open(Path.of(chosen));
				}
			}
		});
		toolbar.add(export("Export PNG", "*.png", this::exportPng));
		toolbar.add(export("Export SVG", "*.svg", file -> ChartExport.svg(file, title, xTitle(),
				yTitle(), curves, logX.getSelection(), logY.getSelection())));
		toolbar.add(export("Export CSV", "*.csv", file -> ChartExport.csv(file, xTitle(), curves)));
	}

	private interface Writer {
		void write(Path file) throws IOException;
	}

	private Action export(String name, String pattern, Writer writer) {
		return new Action(name) {
			@Override
			public void run() {
				FileDialog dialog = new FileDialog(plots.getShell(), SWT.SAVE);
				dialog.setFilterExtensions(new String[] { pattern });
				dialog.setOverwrite(true);
				String chosen = dialog.open();
				if (chosen != null) {
					try {
						writer.write(Path.of(chosen));
					} catch (IOException e) {
						SpintexUi.log("cannot write " + chosen, e);
					}
				}
			}
		};
	}

	/** Saves the charts and the legend as drawn now as a PNG. */
	public void exportPng(Path file) {
		Composite all = plots.getParent();
		org.eclipse.swt.graphics.Point size = all.getSize();
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(all.getDisplay(), Math.max(1, size.x),
				Math.max(1, size.y));
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
		try {
			all.print(gc);
			org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** Lists the tables of a run folder and shows the most telling one. */
	public void showRun(Path folder) {
		listTables(folder);
		if (!tables.isEmpty()) {
			open(tables.get(0));
		}
	}

	/**
	 * The tables of the run that {@code folder} is (or is a sweep point of): the run's own, then those of
	 * each sweep point, listed by the point's parameters, so that per-point torques are one choice away.
	 */
	private void listTables(Path folder) {
		Path run = folder.getFileName() != null && folder.getFileName().toString().matches("point-\\d+")
				&& Files.isRegularFile(folder.getParent().resolve("sweep.csv")) ? folder.getParent() : folder;
		List<Path> found = new ArrayList<>(csvFiles(run));
		List<String> names = new ArrayList<>(found.stream().map(p -> p.getFileName().toString()).toList());
		try (Stream<Path> points = Files.list(run)) {
			for (Path point : points.filter(p -> Files.isDirectory(p) && p.getFileName().toString().matches("point-\\d+"))
					.sorted().toList()) {
				String parameters = org.spintex.ui.runs.SweepPointDecorator.describe(run.resolve("input.json"),
						Integer.parseInt(point.getFileName().toString().substring("point-".length())));
				for (Path csv : csvFiles(point)) {
					found.add(csv);
					names.add(point.getFileName() + (parameters.isEmpty() ? "" : " [" + parameters + "]") + "/" + csv.getFileName());
				}
			}
		} catch (IOException e) {
			// a run folder without points
		}
		tables = found;
		tableChoice.setItems(names.toArray(String[]::new));
	}

	private static List<Path> csvFiles(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.toString().endsWith(".csv")).sorted((a, b) -> Integer.compare(rank(a), rank(b))).toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	private static int rank(Path table) {
		int i = PREFERRED.indexOf(table.getFileName().toString());
		return i < 0 ? PREFERRED.size() : i;
	}

	/** Shows a table with the preset of its study kind; the table list becomes that of its folder. */
	public void open(Path file) {
		if (!tables.contains(file)) {
			listTables(file.getParent());
		}
		tableChoice.select(tables.indexOf(file));
		try {
			table = CsvTable.read(file);
			if (file.getFileName().toString().equals("sweep.csv")) {
				// a grid sweep: one curve per value of the other swept parameters
				table = table.withLabelColumn("sweep", ChartPreset.sweepGroups(table));
			}
		} catch (IOException | RuntimeException e) {
			title = "Cannot read " + file.getFileName() + ": " + e.getMessage();
			curves = List.of();
			draw();
			return;
		}
		List<Integer> numeric = table.numericColumns();
		xChoice.setItems(numeric.stream().map(c -> table.headers().get(c)).toArray(String[]::new));
		yChoice.setItems(numeric.stream().map(c -> table.headers().get(c)).toArray(String[]::new));
		// the labels of the rows (a torque's contributions), all shown at first
		allLabels = table.labelColumn()
				.map(c -> java.util.Arrays.stream(table.texts().get(c)).filter(l -> !l.isEmpty()).distinct().toList())
				.orElse(List.of());
		labelChoice.setItems(allLabels.toArray(String[]::new));
		labelChoice.selectAll();
		labelTitle.setText(table.labelColumn().map(c -> table.headers().get(c) + ":").orElse("rows:"));
		labelChoice.setEnabled(!allLabels.isEmpty());
		title = file.getParent().getFileName() + "/" + file.getFileName();
		if (numeric.isEmpty()) {
			curves = List.of();
			draw();
			return;
		}
		ChartPreset preset = ChartPreset.of(table);
		xChoice.select(Math.max(0, xChoice.indexOf(preset.x())));
		yChoice.setSelection(preset.columns().toArray(String[]::new));
		panels = preset.panels();
		logX.setSelection(ChartSeries.spansDecades(table.numbers().get(table.column(preset.x()))));
		logY.setSelection(!preset.columns().isEmpty() && preset.columns().stream()
				.allMatch(h -> ChartSeries.spansDecades(table.numbers().get(table.column(h)))));
		plot();
	}

	/**
	 * Shows curves that come from no table file — a line profile of the Texture view — with their
	 * axis titles.
	 */
	public void showCurves(String shownTitle, String xTitle, List<ChartSeries> profile) {
		table = null;
		tables = List.of();
		allLabels = List.of();
		tableChoice.setItems(new String[0]);
		xChoice.setItems(new String[] { xTitle });
		xChoice.select(0);
		yChoice.setItems(profile.stream().map(ChartSeries::name).toArray(String[]::new));
		yChoice.selectAll();
		labelChoice.setItems(new String[0]);
		labelChoice.setEnabled(false);
		logX.setSelection(false);
		logY.setSelection(false);
		panels = null;
		curves = profile;
		title = shownTitle;
		draw();
	}

	/** Shows only the rows with these labels (contributions of a torque table). */
	public void chooseLabels(List<String> labels) {
		labelChoice.setSelection(labels.toArray(String[]::new));
		plot();
	}

	/** The header names of the y columns chosen. */
	public List<String> chosenColumns() {
		return Arrays.stream(yChoice.getSelection()).toList();
	}

	/** The tables offered, as the Table list names them. */
	public List<String> tableNames() {
		return List.of(tableChoice.getItems());
	}

	/** The table the chart shows, or null before one is open. */
	public Path shownTable() {
		return table == null ? null : table.file();
	}

	public List<ChartSeries> curves() {
		return curves;
	}

	/** The panels drawn now, each with its axis titles (tests read what a user reads). */
	public List<Panel> panels() {
		return shownPanels;
	}

	/** One chart of the view: its x and y axis titles and its curves, in the axes' units. */
	public record Panel(String xTitle, String yTitle, List<ChartSeries> curves) {
	}

	private void plot() {
		if (table == null || xChoice.getSelectionIndex() < 0) {
			return;
		}
		List<Integer> numeric = table.numericColumns();
		int x = numeric.get(xChoice.getSelectionIndex());
		List<Integer> ys = new ArrayList<>();
		for (int i : yChoice.getSelectionIndices()) {
			ys.add(numeric.get(i));
		}
		List<String> labels = labelChoice.getItemCount() == 0 ? null : List.of(labelChoice.getSelection());
		curves = ChartSeries.of(table, x, ys, labels, logX.getSelection(), logY.getSelection());
		// not silent: a log axis cannot show values ≤ 0
		int all = ChartSeries.of(table, x, ys, labels, false, false).stream().mapToInt(c -> c.x().length).sum();
		int drawn = curves.stream().mapToInt(c -> c.x().length).sum();
		dropped = all - drawn;
		draw();
	}

	/** The chosen columns, one panel per preset panel, or all in one when the user chose them. */
	private List<List<String>> panelColumns() {
		List<String> chosen = curves.stream().map(ChartSeries::column).distinct().toList();
		if (panels == null || !panels.stream().flatMap(List::stream).collect(java.util.stream.Collectors.toSet())
				.equals(new java.util.HashSet<>(chosen))) {
			return List.of(chosen);
		}
		return panels;
	}

	private void draw() {
		for (Control old : plots.getChildren()) {
			old.dispose();
		}
		for (Control old : legend.getChildren()) {
			old.dispose();
		}
		List<List<String>> columns = panelColumns();
		plots.setLayout(new GridLayout(Math.max(1, columns.size()), true));
		if (curves.isEmpty()) {
			// nothing to chart: say why in words that wrap, not in a chart title cut off by the view's edge
			Label empty = new Label(plots, SWT.WRAP);
			empty.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			empty.setText(table == null && title.startsWith("Open") ? "No chart yet. Run a study (Run As › Spintex study): its "
					+ "tables appear here when it ends. Or open a CSV table of a run with Open table… in this view's toolbar."
					: title.startsWith("Cannot") ? title : title + ": nothing to chart with these columns and rows.");
			shownPanels = List.of();
			plots.getParent().layout(true, true);
			return;
		}
		List<Panel> drawnPanels = new ArrayList<>();
		String xHeader = xTitle();
		AxisUnit xUnit = AxisUnit.of(xHeader, largest(curves, true));
		for (int p = 0; p < columns.size(); p++) {
			List<String> inPanel = columns.get(p);
			List<ChartSeries> panelCurves = curves.stream().filter(c -> inPanel.contains(c.column())).toList();
			Chart chart = new Chart(plots, SWT.NONE);
			chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			chart.getLegend().setVisible(false);
			chart.getTitle().setText(p == 0 ? title + (dropped > 0 ? " — log y: " + dropped + " values ≤ 0 not drawn" : "") : "");
			chart.getTitle().setVisible(true);
			drawnPanels.add(drawPanel(chart, xUnit, inPanel, panelCurves));
		}
		shownPanels = drawnPanels;
		fillLegend();
		plots.getParent().layout(true, true);
	}

	/** One chart: the curves in the axes' units, stable colours, a range that does not magnify noise. */
	private Panel drawPanel(Chart chart, AxisUnit xUnit, List<String> inPanel, List<ChartSeries> panelCurves) {
		AxisUnit yUnit = inPanel.size() == 1 ? AxisUnit.of(inPanel.get(0), largest(panelCurves, false))
				: AxisUnit.of(commonUnitHeader(inPanel), largest(panelCurves, false));
		String yTitle = inPanel.size() == 1 ? yUnit.title()
				: sharedName(inPanel.stream().map(h -> AxisUnit.of(h, 1).name()).toList())
						+ (yUnit.unit().isEmpty() ? "" : " (" + yUnit.unit() + ")");
		List<ChartSeries> shown = new ArrayList<>();
		List<String> chosen = chosenColumns();
		for (ChartSeries curve : panelCurves) {
			double[] xs = Arrays.stream(curve.x()).map(xUnit::shown).toArray();
			double[] ys = Arrays.stream(curve.y()).map(yUnit::shown).toArray();
			shown.add(new ChartSeries(curve.column(), curve.group(), xs, ys));
			ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, curve.name());
			line.setXSeries(xs);
			line.setYSeries(ys);
			Color colour = colour(curve);
			line.setLineColor(colour);
			line.setSymbolColor(colour);
			line.setSymbolSize(xs.length > 60 ? 0 : 3);
			line.setLineWidth(2);
			line.setLineStyle(!allLabels.isEmpty() && inPanel.size() > 1
					? LINE_STYLES[Math.max(0, chosen.indexOf(curve.column())) % LINE_STYLES.length] : LineStyle.SOLID);
		}
		IAxis xAxis = chart.getAxisSet().getXAxis(0);
		IAxis yAxis = chart.getAxisSet().getYAxis(0);
		xAxis.getTitle().setText(xUnit.title());
		yAxis.getTitle().setText(yTitle);
		xAxis.enableLogScale(logX.getSelection());
		yAxis.enableLogScale(logY.getSelection());
		xAxis.getTick().setFormat(TickFormat.forLargest(largest(shown, true)));
		yAxis.getTick().setFormat(TickFormat.forLargest(largest(shown, false)));
		chart.getAxisSet().adjustRange();
		if (!logY.getSelection() && !shown.isEmpty()) {
			AxisRange range = AxisRange.of(shown.stream().map(ChartSeries::y).toList());
			yAxis.setRange(new org.eclipse.swtchart.Range(range.lower(), range.upper()));
		}
		return new Panel(xUnit.title(), yTitle, shown);
	}

	/** One colour per contribution (or per column), fixed by its place in the whole table, whatever is shown. */
	private Color colour(ChartSeries curve) {
		int index = !allLabels.isEmpty() ? allLabels.indexOf(curve.group())
				: Math.max(0, Arrays.asList(yChoice.getItems()).indexOf(curve.column()));
		return plots.getDisplay().getSystemColor(PALETTE[Math.max(0, index) % PALETTE.length]);
	}

	/**
	 * The legend under the charts, which takes their width and not their height: a coloured entry per
	 * contribution (click to hide or show it) or per column.
	 */
	private void fillLegend() {
		List<String> entries = !allLabels.isEmpty() ? allLabels : curves.stream().map(ChartSeries::column).distinct().toList();
		List<String> shownLabels = Arrays.asList(labelChoice.getSelection());
		for (String entry : entries) {
			boolean visible = allLabels.isEmpty() || shownLabels.contains(entry);
			Label swatch = new Label(legend, SWT.NONE);
			swatch.setText("\u25A0");
			int index = !allLabels.isEmpty() ? allLabels.indexOf(entry) : Math.max(0, Arrays.asList(yChoice.getItems()).indexOf(entry));
			swatch.setForeground(legend.getDisplay().getSystemColor(visible ? PALETTE[index % PALETTE.length] : SWT.COLOR_GRAY));
			Label name = new Label(legend, SWT.NONE);
			name.setText(AxisUnit.of(entry, 1).name());
			name.setForeground(legend.getDisplay().getSystemColor(visible ? SWT.COLOR_WIDGET_FOREGROUND : SWT.COLOR_GRAY));
			if (!allLabels.isEmpty()) {
				name.setToolTipText("Click to hide or show " + entry);
				org.eclipse.swt.widgets.Listener toggle = e -> {
					List<String> now = new ArrayList<>(Arrays.asList(labelChoice.getSelection()));
					if (!now.remove(entry)) {
						now.add(entry);
					}
					chooseLabels(now);
				};
				name.addListener(SWT.MouseUp, toggle);
				swatch.addListener(SWT.MouseUp, toggle);
			}
		}
		if (!allLabels.isEmpty() && chosenColumns().size() > 1 && panelColumns().size() == 1) {
			Label styles = new Label(legend, SWT.NONE);
			styles.setText("— " + String.join(", ", chosenColumns().stream().map(h -> AxisUnit.of(h, 1).name() + " "
					+ LINE_STYLE_NAMES[chosenColumns().indexOf(h) % LINE_STYLE_NAMES.length]).toList()));
		}
	}

	/**
	 * The title of an axis with several columns: what their names share ("total-field-like" for
	 * total-field-like-geometric, …-fermi-sea), the legend naming each; the names joined when they share nothing.
	 */
	static String sharedName(List<String> names) {
		String shared = names.get(0);
		for (String name : names) {
			int n = 0;
			while (n < Math.min(shared.length(), name.length()) && shared.charAt(n) == name.charAt(n)) {
				n++;
			}
			shared = shared.substring(0, n);
		}
		int cut = Math.max(shared.lastIndexOf('-'), shared.lastIndexOf('_'));
		String word = cut > 0 && shared.length() < names.get(0).length() ? shared.substring(0, cut) : shared;
		return word.length() >= 3 ? word : String.join(", ", names);
	}

	private static String commonUnitHeader(List<String> headers) {
		String unit = headers.get(0).replaceAll(".*\\((.*)\\)\\s*$", "$1");
		boolean same = headers.stream().allMatch(h -> h.replaceAll(".*\\((.*)\\)\\s*$", "$1").equals(unit));
		return same ? "y (" + unit + ")" : "y";
	}

	private static double largest(List<ChartSeries> curves, boolean x) {
		double largest = 0;
		for (ChartSeries c : curves) {
			for (double v : x ? c.x() : c.y()) {
				if (!Double.isNaN(v)) {
					largest = Math.max(largest, Math.abs(v));
				}
			}
		}
		return largest;
	}

	private String xTitle() {
		return xChoice.getSelectionIndex() < 0 ? "" : xChoice.getItem(xChoice.getSelectionIndex());
	}

	private String yTitle() {
		return String.join(", ", yChoice.getSelection());
	}

	@Override
	public void init(org.eclipse.ui.IViewSite site, org.eclipse.ui.IMemento memento) throws org.eclipse.ui.PartInitException {
		super.init(site, memento);
		restored = memento;
	}

	/** Remembers the table shown; it opens again, with its preset, at the next start. */
	@Override
	public void saveState(org.eclipse.ui.IMemento memento) {
		if (table != null) {
			memento.putString("table", table.file().toString());
		}
	}

	@Override
	public void dispose() {
		RunEvents.remove(runs);
		super.dispose();
	}

	@Override
	public void setFocus() {
		plots.setFocus();
	}
}
