package org.spintex.ui.views.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;
import org.spintex.runner.slurm.Submissions;
import org.spintex.ui.SpintexUi;
import org.spintex.ui.runs.RunEvents;

/**
 * The results of a run as a readable form — status, input hash, warnings, and every scalar of
 * results.json with its unit — or, with two run folders selected in the navigator, both runs side
 * by side with the difference of each quantity, the inputs they differ in. Follows the runs started in the workbench;
 * exports the table as CSV.
 */
public final class ResultsView extends ViewPart {

	public static final String ID = "org.spintex.ui.views.results";

	/** Input differences named in the header of a comparison; the rest are counted. */
	private static final int MAX_DIFFERENCES = 6;

	private Link header;
	private Path shown;
	/** The run (or the two runs) shown, remembered over a restart. */
	private List<Path> showing = List.of();
	private org.eclipse.ui.IMemento restored;
	private Table table;
	private List<String[]> rows = List.of();
	private List<String> columns = List.of();

	private final ISelectionListener selection = (part, chosen) -> {
		if (part != this && chosen instanceof IStructuredSelection structured) {
			List<Path> runs = new ArrayList<>();
			for (Object element : structured.toList()) {
				IResource resource = Adapters.adapt(element, IResource.class);
				Path path = resource == null || resource.getLocation() == null ? null : resource.getLocation().toPath();
				if (resource instanceof IFile file && "results.json".equals(file.getName())) {
					path = path.getParent();
				}
				if (path != null && (resource instanceof IContainer || resource instanceof IFile) && RunResults.isRun(path)) {
					runs.add(path);
				} else if (path != null && resource instanceof IContainer && Submissions.isSlurmRun(path)) {
					showSlurm(path);
					return;
				}
			}
			if (runs.size() == 1) {
				show(runs.get(0));
			} else if (runs.size() == 2) {
				compare(runs.get(0), runs.get(1));
			}
		}
	};

	private final RunEvents.Listener runEvents = new RunEvents.Listener() {
		@Override
		public void finished(Path runFolder, String status) {
			if (!table.isDisposed()) {
				table.getDisplay().asyncExec(() -> {
					if (!table.isDisposed() && RunResults.isRun(runFolder)) {
						show(runFolder);
					} else if (!table.isDisposed() && Submissions.isSlurmRun(runFolder)) {
						showSlurm(runFolder);
					}
				});
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		header = new Link(parent, SWT.WRAP);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		header.setText("Select a run folder (results/…) in the Project Explorer, or two to compare them.");
		// the run's log: the whole story, with the stack trace of a failure
		header.addListener(SWT.Selection, e -> {
			if (shown != null) {
				org.spintex.ui.runs.RunLogLinks.open(shown.resolve("run.log"));
			}
		});
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		getSite().getWorkbenchWindow().getSelectionService().addSelectionListener(selection);
		RunEvents.add(runEvents);
		if (restored != null) {
			restore(restored);
		} else {
			// opened after a run ended (behind another tab): show it
			RunEvents.latest().filter(RunResults::isRun).ifPresent(this::show);
		}
		getViewSite().getActionBars().getToolBarManager().add(new Action("Export CSV") {
			@Override
			public void run() {
				FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
				dialog.setFilterExtensions(new String[] { "*.csv" });
				String chosen = dialog.open();
				if (chosen != null) {
					try {
						exportCsv(Path.of(chosen));
					} catch (IOException e) {
						SpintexUi.log("cannot write " + chosen, e);
					}
				}
			}
		});
	}

	/** Shows one run. */
	public void show(Path run) {
		showing = List.of(run);
		try {
			RunResults results = RunResults.read(run);
			shown = Files.exists(run.resolve("run.log")) ? run : null;
			header.setText(String.format(Locale.ROOT, "%s — status: %s — input %s…%s%s%s%s", plain(label(run)),
					plain(results.status()), results.inputHash().substring(0, Math.min(12, results.inputHash().length())),
					shown == null ? "" : " — <a>run.log</a>", listed("\nsweep point: ", results.inputs().coordinates()),
					listed("\noverrides (not in the file): ", results.inputs().overrides()),
					results.warnings().isEmpty() ? "" : "\nwarnings: " + plain(String.join("; ", results.warnings()))));
			List<String[]> lines = new ArrayList<>();
			results.entries().forEach((name, e) -> lines.add(new String[] { name, e.text(), e.word() == null ? e.unit() : "" }));
			fill(List.of("Quantity", "Value", "Unit (SI)"), lines);
			markCurrency(run);
		} catch (IOException | RuntimeException e) {
			shown = null;
			header.setText(plain("Cannot read " + run.resolve("results.json") + ": " + e.getMessage()));
		}
	}

	/**
	 * Adds to the header, once known, whether the run is current for its device file as it is now or stale and why (what
	 * {@code spintex status} says); the check compiles the file, so it runs off the UI thread.
	 */
	private void markCurrency(Path run) {
		String base = header.getText();
		new RunCurrencyJob(run, line -> header.getDisplay().asyncExec(() -> {
			if (!header.isDisposed() && showing.equals(List.of(run)) && header.getText().equals(base)) {
				header.setText(base + "\n" + plain(line));
				header.getParent().layout();
			}
		})).schedule();
	}

	/**
	 * Shows a study submitted to Slurm as its points stand — done, running, pending, failed with the reason, what
	 * {@code spintex status} says — and follows it every few seconds (squeue is asked off the UI thread) until the
	 * gather has tabled the sweep.
	 */
	public void showSlurm(Path run) {
		showing = List.of(run);
		shown = Files.exists(run.resolve("run.log")) ? run : null;
		header.setText(plain(label(run) + " — on Slurm: asking the queue…"));
		fill(List.of("Point", "State", "Detail"), List.of());
		followSlurm(run);
	}

	private void followSlurm(Path run) {
		new SlurmProgressJob(run, progress -> header.getDisplay().asyncExec(() -> {
			if (header.isDisposed() || !showing.equals(List.of(run))) {
				return;
			}
			String status = org.spintex.runner.study.RunStatus.read(run).orElse("unknown");
			header.setText(plain(label(run) + " — status: " + status + "\nSlurm: " + progress.jobs() + "\n" + progress.summary())
					+ (Files.exists(run.resolve("run.log")) ? " — <a>run.log</a>" : ""));
			shown = Files.exists(run.resolve("run.log")) ? run : null;
			List<String[]> lines = new ArrayList<>();
			progress.points().forEach(p -> lines.add(new String[] { p.name(), p.state().word(), p.detail() }));
			fill(List.of("Point", "State", "Detail"), lines);
			boolean over = status.startsWith("completed") || status.startsWith("failed") || status.startsWith("cancelled")
					|| status.startsWith("prepared");
			if (!over) {
				header.getDisplay().timerExec(SLURM_REFRESH_MS, () -> {
					if (!header.isDisposed() && showing.equals(List.of(run))) {
						followSlurm(run);
					}
				});
			}
		})).schedule();
	}

	/** How often a study on Slurm is looked at again while its points run. */
	private static final int SLURM_REFRESH_MS = 5000;

	/** Shows two runs side by side with the relative change of every quantity. */
	public void compare(Path a, Path b) {
		showing = List.of(a, b);
		try {
			RunResults first = RunResults.read(a), second = RunResults.read(b);
			shown = null;
			boolean sameInput = first.inputHash().equals(second.inputHash());
			List<String> differences = RunInputs.differences(first.inputs(), second.inputs());
			String inputs = sameInput ? " — same compiled input"
					: differences.isEmpty() ? " — different inputs (input.json not found)"
							: " — inputs that differ: " + String.join("; ", differences.subList(0, Math.min(MAX_DIFFERENCES,
									differences.size()))) + (differences.size() > MAX_DIFFERENCES
											? " and " + (differences.size() - MAX_DIFFERENCES) + " more" : "");
			header.setText(plain("A: " + label(a) + " (" + first.status() + ")\nB: " + label(b) + " (" + second.status() + ")"
					+ inputs));
			List<String[]> lines = new ArrayList<>();
			for (RunResults.Comparison c : RunResults.compare(first, second)) {
				lines.add(new String[] { c.name(), c.a() == null ? "—" : c.a().text(), c.b() == null ? "—" : c.b().text(),
						c.a() != null ? c.a().unit() : c.b().unit(), c.differenceText(), c.relativeText() });
			}
			fill(List.of("Quantity", "A", "B", "Unit (SI)", "B − A", "(B − A)/|A|"), lines);
		} catch (IOException | RuntimeException e) {
			header.setText(plain("Cannot compare " + a + " and " + b + ": " + e.getMessage()));
		}
	}

	private static String listed(String title, java.util.Map<String, String> values) {
		if (values.isEmpty()) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		values.forEach((path, value) -> parts.add(path + " = " + value));
		return plain(title + String.join(", ", parts));
	}

	/** Text shown as it is in the header link: '&' is a mnemonic there and '<' may open a tag. */
	private static String plain(String text) {
		return text.replace("&", "&&").replace("<", "‹");
	}

	/** The header's text as shown (tests read the cause and the log link). */
	public String headerText() {
		return header.getText();
	}

	private static String label(Path run) {
		Path parent = run.getParent();
		return (parent == null ? "" : parent.getFileName() + "/") + run.getFileName();
	}

	private void fill(List<String> names, List<String[]> lines) {
		header.getParent().layout();
		table.setRedraw(false);
		table.removeAll();
		for (TableColumn column : table.getColumns()) {
			column.dispose();
		}
		for (String name : names) {
			new TableColumn(table, SWT.LEFT).setText(name);
		}
		for (String[] line : lines) {
			new TableItem(table, SWT.NONE).setText(line);
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		table.setRedraw(true);
		columns = names;
		rows = lines;
	}

	/** The rows shown (for tests and exports). */
	public List<String[]> rows() {
		return rows;
	}

	public List<String> columns() {
		return columns;
	}

	private void exportCsv(Path file) throws IOException {
		StringBuilder out = new StringBuilder(String.join(",", columns)).append('\n');
		for (String[] line : rows) {
			out.append(String.join(",", java.util.Arrays.stream(line).map(v -> v.contains(",") ? "\"" + v + "\"" : v).toList()))
					.append('\n');
		}
		Files.writeString(file, out, StandardCharsets.UTF_8);
	}

	@Override
	public void init(org.eclipse.ui.IViewSite site, org.eclipse.ui.IMemento memento) throws org.eclipse.ui.PartInitException {
		super.init(site, memento);
		restored = memento;
	}

	/** Remembers the run or the two runs shown. */
	@Override
	public void saveState(org.eclipse.ui.IMemento memento) {
		for (int i = 0; i < showing.size(); i++) {
			memento.putString("run" + i, showing.get(i).toString());
		}
	}

	/** Shows again what {@link #saveState} remembered, if the runs are still there. */
	public void restore(org.eclipse.ui.IMemento memento) {
		List<Path> runs = new ArrayList<>();
		for (int i = 0; i < 2 && memento.getString("run" + i) != null; i++) {
			Path run = Path.of(memento.getString("run" + i));
			if (RunResults.isRun(run) || Submissions.isSlurmRun(run)) {
				runs.add(run);
			}
		}
		if (runs.size() == 1 && !RunResults.isRun(runs.get(0))) {
			showSlurm(runs.get(0));
		} else if (runs.size() == 1) {
			show(runs.get(0));
		} else if (runs.size() == 2) {
			compare(runs.get(0), runs.get(1));
		}
	}

	@Override
	public void dispose() {
		getSite().getWorkbenchWindow().getSelectionService().removeSelectionListener(selection);
		RunEvents.remove(runEvents);
		super.dispose();
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}
}
