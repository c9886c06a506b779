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
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.ui.part.ViewPart;
import org.spintex.ui.SpintexUi;
import org.spintex.ui.runs.RunEvents;

/**
 * Charts of a run's tables (SWTChart): the field-like and damping-like torques per site and
 * contribution of an NEGF run (torques.csv, one curve per contribution), the time series of a
 * micromagnetic or collective run (table.csv: Q(t), ⟨m⟩(t), energies, battery energy), sweeps
 * (sweep.csv, on log-log axes when they span decades). Choose the table, the x column and any y
 * columns; export PNG, SVG or CSV.
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
	private Chart chart;
	private List<Path> tables = List.of();
	private CsvTable table;
	private List<ChartSeries> curves = List.of();

	private final RunEvents.Listener runs = new RunEvents.Listener() {
		@Override
		public void finished(Path runFolder, String status) {
			if (!chart.isDisposed()) {
				chart.getDisplay().asyncExec(() -> showRun(runFolder));
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
		chart = new Chart(parent, SWT.NONE);
		chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		chart.getTitle().setText("Open a table or run a study");
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
				FileDialog dialog = new FileDialog(chart.getShell(), SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.csv", "*" });
				String chosen = dialog.open();
				if (chosen != null) {
					open(Path.of(chosen));
				}
			}
		});
		toolbar.add(export("Export PNG", "*.png", this::exportPng));
		toolbar.add(export("Export SVG", "*.svg", file -> ChartExport.svg(file, chart.getTitle().getText(), xTitle(),
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
				FileDialog dialog = new FileDialog(chart.getShell(), SWT.SAVE);
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

	/** Saves the chart as drawn now as a PNG. */
	public void exportPng(Path file) {
		chart.save(file.toString(), SWT.IMAGE_PNG);
	}

	/** Lists the tables of a run folder and shows the most telling one. */
	public void showRun(Path folder) {
		listTables(folder);
		if (!tables.isEmpty()) {
			open(tables.get(0));
		}
	}

	private void listTables(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			tables = files.filter(p -> p.toString().endsWith(".csv")).sorted((a, b) -> Integer.compare(rank(a), rank(b)))
					.toList();
		} catch (IOException e) {
			tables = List.of();
		}
		tableChoice.setItems(tables.stream().map(p -> p.getFileName().toString()).toArray(String[]::new));
	}

	private static int rank(Path table) {
		int i = PREFERRED.indexOf(table.getFileName().toString());
		return i < 0 ? PREFERRED.size() : i;
	}

	/** Shows a table with its default choice of columns; the table list becomes that of its folder. */
	public void open(Path file) {
		if (!tables.contains(file)) {
			listTables(file.getParent());
		}
		tableChoice.select(tables.indexOf(file));
		try {
			table = CsvTable.read(file);
		} catch (IOException | RuntimeException e) {
			chart.getTitle().setText("Cannot read " + file.getFileName() + ": " + e.getMessage());
			chart.redraw();
			return;
		}
		List<Integer> numeric = table.numericColumns();
		xChoice.setItems(numeric.stream().map(c -> table.headers().get(c)).toArray(String[]::new));
		yChoice.setItems(numeric.stream().map(c -> table.headers().get(c)).toArray(String[]::new));
		// the labels of the rows (a torque's contributions), all shown at first
		String[] labels = table.labelColumn()
				.map(c -> java.util.Arrays.stream(table.texts().get(c)).distinct().toArray(String[]::new))
				.orElse(new String[0]);
		labelChoice.setItems(labels);
		labelChoice.selectAll();
		labelTitle.setText(table.labelColumn().map(c -> table.headers().get(c) + ":").orElse("rows:"));
		labelChoice.setEnabled(labels.length > 0);
		if (numeric.isEmpty()) {
			return;
		}
		// a sweep's first column numbers its points: the swept parameter is the x worth showing
		int x = numeric.size() > 1 && table.headers().get(numeric.get(0)).equals("point") ? 1 : 0;
		xChoice.select(x);
		defaultColumns(file.getFileName().toString(), numeric, x);
		logX.setSelection(ChartSeries.spansDecades(table.numbers().get(numeric.get(x))));
		int[] ys = yChoice.getSelectionIndices();
		logY.setSelection(ys.length > 0 && java.util.Arrays.stream(ys)
				.allMatch(i -> ChartSeries.spansDecades(table.numbers().get(numeric.get(i)))));
		chart.getTitle().setText(file.getParent().getFileName() + "/" + file.getFileName());
		plot();
	}

	/**
	 * Field-like and damping-like torques of an NEGF table; Q of a micromagnetic one; otherwise the
	 * first column after x that changes (a sweep's first result that depends on the swept value).
	 */
	private void defaultColumns(String name, List<Integer> numeric, int x) {
		List<String> wanted = name.equals("torques.csv") ? List.of("FL (J)", "DL (J)")
				: List.of("Q ()");
		int[] picks = numeric.stream().filter(c -> wanted.contains(table.headers().get(c))).mapToInt(numeric::indexOf)
				.toArray();
		if (picks.length == 0) {
			int pick = Math.min(x + 1, numeric.size() - 1);
			for (int i = x + 1; i < numeric.size(); i++) {
				double[] values = table.numbers().get(numeric.get(i));
				if (java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).distinct().count() > 1) {
					pick = i;
					break;
				}
			}
			picks = new int[] { pick };
		}
		yChoice.setSelection(picks);
	}

	/**
	 * Shows curves that come from no table file — a line profile of the Texture view — with their
	 * axis titles.
	 */
	public void showCurves(String title, String xTitle, List<ChartSeries> profile) {
		table = null;
		tables = List.of();
		tableChoice.setItems(new String[0]);
		xChoice.setItems(new String[] { xTitle });
		xChoice.select(0);
		yChoice.setItems(profile.stream().map(ChartSeries::name).toArray(String[]::new));
		yChoice.selectAll();
		labelChoice.setItems(new String[0]);
		labelChoice.setEnabled(false);
		logX.setSelection(false);
		logY.setSelection(false);
		curves = profile;
		chart.getTitle().setText(title);
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

	/** The table the chart shows, or null before one is open. */
	public Path shownTable() {
		return table == null ? null : table.file();
	}

	public List<ChartSeries> curves() {
		return curves;
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
		draw();
	}

	private void draw() {
		for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(old.getId());
		}
		// a colour per label (contribution) and a line style per column (FL solid, DL dashed), or a colour per column
		List<String> groups = curves.stream().map(ChartSeries::group).distinct().toList();
		List<String> columns = curves.stream().map(ChartSeries::column).distinct().toList();
		boolean labelled = groups.size() > 1;
		for (ChartSeries curve : curves) {
			ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, curve.name());
			line.setXSeries(curve.x());
			line.setYSeries(curve.y());
			int colourIndex = labelled ? groups.indexOf(curve.group()) : columns.indexOf(curve.column());
			Color colour = chart.getDisplay().getSystemColor(PALETTE[colourIndex % PALETTE.length]);
			line.setLineColor(colour);
			line.setSymbolColor(colour);
			line.setSymbolSize(curve.x().length > 60 ? 0 : 3);
			line.setLineStyle(labelled ? LINE_STYLES[columns.indexOf(curve.column()) % LINE_STYLES.length] : LineStyle.SOLID);
		}
		chart.getLegend().setPosition(curves.size() > 4 ? SWT.BOTTOM : SWT.RIGHT);
		IAxis xAxis = chart.getAxisSet().getXAxis(0);
		IAxis yAxis = chart.getAxisSet().getYAxis(0);
		xAxis.getTitle().setText(xTitle());
		yAxis.getTitle().setText(yTitle());
		xAxis.enableLogScale(logX.getSelection());
		yAxis.enableLogScale(logY.getSelection());
		xAxis.getTick().setFormat(tickFormat(curves, true));
		yAxis.getTick().setFormat(tickFormat(curves, false));
		chart.getAxisSet().adjustRange();
		chart.redraw();
	}

	/** Scientific ticks for SI values far from 1 (times in s, torques in J); plain ones otherwise. */
	private static java.text.Format tickFormat(List<ChartSeries> curves, boolean x) {
		double largest = 0;
		for (ChartSeries c : curves) {
			for (double v : x ? c.x() : c.y()) {
				largest = Math.max(largest, Math.abs(v));
			}
		}
		boolean scientific = largest != 0 && (largest < 1e-2 || largest >= 1e4);
		return new java.text.DecimalFormat(scientific ? "0.##E0" : "0.####",
				java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
	}

	private String xTitle() {
		return xChoice.getSelectionIndex() < 0 ? "" : xChoice.getItem(xChoice.getSelectionIndex());
	}

	private String yTitle() {
		return String.join(", ", yChoice.getSelection());
	}

	@Override
	public void dispose() {
		RunEvents.remove(runs);
		super.dispose();
	}

	@Override
	public void setFocus() {
		chart.setFocus();
	}
}
