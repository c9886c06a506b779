package org.spintex.ui.launch;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;

/**
 * The study to run: device file, study, parameter overrides (one {@code path=quantity} per line,
 * as {@code spintex run --set}) and threads.
 */
final class StudyTab extends AbstractLaunchConfigurationTab {

	private Text file;
	private Combo study;
	private Text sets;
	private Spinner threads;

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		new Label(page, SWT.NONE).setText("Device file:");
		file = new Text(page, SWT.BORDER);
		file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		file.addModifyListener(e -> {
			refreshStudies();
			updateLaunchConfigurationDialog();
		});
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("Browse…");
		browse.addListener(SWT.Selection, e -> browse());
		new Label(page, SWT.NONE).setText("Study:");
		study = new Combo(page, SWT.DROP_DOWN);
		study.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		study.addModifyListener(e -> updateLaunchConfigurationDialog());
		Label setsLabel = new Label(page, SWT.NONE);
		setsLabel.setText("Overrides:");
		setsLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		sets = new Text(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		GridData setsData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		setsData.heightHint = 80;
		sets.setLayoutData(setsData);
		sets.setToolTipText("One per line, e.g. magnet.thickness=5nm (as spintex run --set)");
		sets.addModifyListener(e -> updateLaunchConfigurationDialog());
		new Label(page, SWT.NONE).setText("Threads (0: preference):");
		threads = new Spinner(page, SWT.BORDER);
		threads.setValues(0, 0, 1024, 0, 1, 4);
		threads.addModifyListener(e -> updateLaunchConfigurationDialog());
		setControl(page);
	}

	private void browse() {
		FilteredResourcesSelectionDialog dialog = new FilteredResourcesSelectionDialog(getShell(), false,
				ResourcesPlugin.getWorkspace().getRoot(), org.eclipse.core.resources.IResource.FILE);
		dialog.setTitle("Device file");
		dialog.setInitialPattern("*.spintex");
		if (dialog.open() == Window.OK && dialog.getResult().length > 0) {
			file.setText(((IFile) dialog.getResult()[0]).getFullPath().toString());
		}
	}

	private void refreshStudies() {
		IFile device = device();
		String chosen = study.getText();
		study.setItems(device == null ? new String[0] : DeviceStudies.of(device).toArray(String[]::new));
		study.setText(chosen);
	}

	private IFile device() {
		String path = file.getText().strip();
		if (path.isEmpty() || !Path.ROOT.isValidPath(path)) {
			return null;
		}
		IFile device = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(path));
		return device.exists() && device.getLocation() != null ? device : null;
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(StudyLaunch.THREADS, 0);
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		try {
			file.setText(configuration.getAttribute(StudyLaunch.FILE, ""));
			study.setText(configuration.getAttribute(StudyLaunch.STUDY, ""));
			sets.setText(String.join("\n", configuration.getAttribute(StudyLaunch.SETS, List.of())));
			threads.setSelection(configuration.getAttribute(StudyLaunch.THREADS, 0));
		} catch (CoreException e) {
			setErrorMessage(e.getMessage());
		}
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(StudyLaunch.FILE, file.getText().strip());
		configuration.setAttribute(StudyLaunch.STUDY, study.getText().strip());
		configuration.setAttribute(StudyLaunch.SETS,
				Arrays.stream(sets.getText().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList());
		configuration.setAttribute(StudyLaunch.THREADS, threads.getSelection());
		IFile device = device();
		configuration.setMappedResources(device == null ? null : new org.eclipse.core.resources.IResource[] { device });
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		setErrorMessage(null);
		IFile device = device();
		if (device == null) {
			setErrorMessage("Choose an existing device file (.spintex) of the workspace.");
			return false;
		}
		List<String> studies = DeviceStudies.of(device);
		String name = study.getText().strip();
		if (name.isEmpty() ? studies.size() != 1 : !studies.contains(name)) {
			setErrorMessage(studies.isEmpty() ? device.getName() + " declares no study."
					: "Choose one of the studies of " + device.getName() + ": " + String.join(", ", studies));
			return false;
		}
		return true;
	}

	@Override
	public String getName() {
		return "Study";
	}
}
