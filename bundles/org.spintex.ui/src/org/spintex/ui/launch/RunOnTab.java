package org.spintex.ui.launch;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.spintex.runner.slurm.SlurmConfigFile;
import org.spintex.runner.slurm.SlurmOptions;

/**
 * Where the study runs: this machine, or Slurm — for a workbench started on a cluster's login node — with the options
 * of {@code spintex run --on slurm}. Empty fields and zeros fall back as on the command line (the [slurm] section of the
 * Spintex configuration, then sbatch's environment); the options are checked as the command line checks them.
 */
final class RunOnTab extends AbstractLaunchConfigurationTab {

	private Button thisMachine;
	private Button slurm;
	private Text partition;
	private Text time;
	private Spinner cpusPerPoint;
	private Text memory;
	private Spinner maxParallel;
	private Spinner pointsPerTask;
	private Text sbatchArgs;
	private Button dryRun;
	private Group options;

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		new Label(page, SWT.NONE).setText("Run the study's points on:");
		thisMachine = radio(page, "This machine (the points run in the workbench)");
		slurm = radio(page, "Slurm: a job array, one task per sweep point, and a gather job that tables the sweep");
		options = new Group(page, SWT.NONE);
		options.setText("Slurm (empty or 0: the [slurm] defaults of ~/.config/spintex/spintex.conf, then sbatch's)");
		options.setLayout(new GridLayout(2, false));
		options.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		partition = text(options, "Partition:", "--partition");
		time = text(options, "Time limit per task:", "HH:MM:SS, minutes or D-HH:MM:SS; a micromagnetic point stops at a "
				+ "checkpoint before it and its task requeues itself");
		cpusPerPoint = spinner(options, "CPUs per task:");
		memory = text(options, "Memory per task:", "as sbatch --mem takes it: 4000, 8G");
		maxParallel = spinner(options, "At most tasks at once:");
		pointsPerTask = spinner(options, "Sweep points per task:");
		Label argsLabel = new Label(options, SWT.NONE);
		argsLabel.setText("More sbatch options:");
		argsLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		sbatchArgs = new Text(options, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		GridData argsData = new GridData(SWT.FILL, SWT.FILL, true, true);
		argsData.heightHint = 50;
		sbatchArgs.setLayoutData(argsData);
		sbatchArgs.setToolTipText("One per line, e.g. --account=spin-lab");
		sbatchArgs.addModifyListener(e -> updateLaunchConfigurationDialog());
		dryRun = new Button(options, SWT.CHECK);
		dryRun.setText("Only write the job scripts into the run folder's slurm/ (submit them yourself: bash slurm/submit.sh)");
		dryRun.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		dryRun.addListener(SWT.Selection, e -> updateLaunchConfigurationDialog());
		setControl(page);
	}

	private Button radio(Composite page, String text) {
		Button button = new Button(page, SWT.RADIO);
		button.setText(text);
		button.addListener(SWT.Selection, e -> {
			enableOptions();
			updateLaunchConfigurationDialog();
		});
		return button;
	}

	private Text text(Composite group, String label, String tip) {
		new Label(group, SWT.NONE).setText(label);
		Text text = new Text(group, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.setToolTipText(tip);
		text.addModifyListener(e -> updateLaunchConfigurationDialog());
		return text;
	}

	private Spinner spinner(Composite group, String label) {
		new Label(group, SWT.NONE).setText(label);
		Spinner spinner = new Spinner(group, SWT.BORDER);
		spinner.setValues(0, 0, 100000, 0, 1, 10);
		spinner.addModifyListener(e -> updateLaunchConfigurationDialog());
		return spinner;
	}

	private void enableOptions() {
		for (Control c : options.getChildren()) {
			c.setEnabled(slurm.getSelection());
		}
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(StudyLaunch.RUN_ON, StudyLaunch.ON_THIS_MACHINE);
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		try {
			boolean onSlurm = StudyLaunch.onSlurm(configuration);
			thisMachine.setSelection(!onSlurm);
			slurm.setSelection(onSlurm);
			partition.setText(configuration.getAttribute(StudyLaunch.SLURM_PARTITION, ""));
			time.setText(configuration.getAttribute(StudyLaunch.SLURM_TIME, ""));
			cpusPerPoint.setSelection(configuration.getAttribute(StudyLaunch.SLURM_CPUS_PER_POINT, 0));
			memory.setText(configuration.getAttribute(StudyLaunch.SLURM_MEMORY, ""));
			maxParallel.setSelection(configuration.getAttribute(StudyLaunch.SLURM_MAX_PARALLEL, 0));
			pointsPerTask.setSelection(configuration.getAttribute(StudyLaunch.SLURM_POINTS_PER_TASK, 0));
			sbatchArgs.setText(String.join("\n", configuration.getAttribute(StudyLaunch.SLURM_SBATCH_ARGS, List.of())));
			dryRun.setSelection(configuration.getAttribute(StudyLaunch.SLURM_DRY_RUN, false));
			enableOptions();
		} catch (CoreException e) {
			setErrorMessage(e.getMessage());
		}
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(StudyLaunch.RUN_ON, slurm.getSelection() ? StudyLaunch.ON_SLURM : StudyLaunch.ON_THIS_MACHINE);
		configuration.setAttribute(StudyLaunch.SLURM_PARTITION, partition.getText().strip());
		configuration.setAttribute(StudyLaunch.SLURM_TIME, time.getText().strip());
		configuration.setAttribute(StudyLaunch.SLURM_CPUS_PER_POINT, cpusPerPoint.getSelection());
		configuration.setAttribute(StudyLaunch.SLURM_MEMORY, memory.getText().strip());
		configuration.setAttribute(StudyLaunch.SLURM_MAX_PARALLEL, maxParallel.getSelection());
		configuration.setAttribute(StudyLaunch.SLURM_POINTS_PER_TASK, pointsPerTask.getSelection());
		configuration.setAttribute(StudyLaunch.SLURM_SBATCH_ARGS,
				Arrays.stream(sbatchArgs.getText().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList());
		configuration.setAttribute(StudyLaunch.SLURM_DRY_RUN, dryRun.getSelection());
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		setErrorMessage(null);
		if (!slurm.getSelection()) {
			return true;
		}
		try {
			// the command line's checks, with the file's and the environment's defaults
			ILaunchConfigurationWorkingCopy copy = configuration.getWorkingCopy();
			performApply(copy);
			SlurmOptions.resolve(StudyLaunch.slurmOptions(copy), SlurmConfigFile.forUser(System.getenv()), Map.copyOf(System.getenv()));
			return true;
		} catch (IllegalArgumentException | CoreException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
	}

	@Override
	public String getName() {
		return "Run on";
	}
}
