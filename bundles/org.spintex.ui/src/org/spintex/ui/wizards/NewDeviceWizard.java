package org.spintex.ui.wizards;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.spintex.ui.SpintexUi;

/** File › New › Spintex Device: a device file from a template, opened in the editor. */
public final class NewDeviceWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private WizardNewFileCreationPage location;
	private TemplatePage template;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle("New Spintex Device");
	}

	@Override
	public void addPages() {
		location = new WizardNewFileCreationPage("location", selection);
		location.setTitle("Device file");
		location.setDescription("Where the new device file goes.");
		location.setFileExtension("spintex");
		location.setFileName("device.spintex");
		template = new TemplatePage();
		addPage(location);
		addPage(template);
	}

	@Override
	public boolean performFinish() {
		IResource parent = ResourcesPlugin.getWorkspace().getRoot().findMember(location.getContainerFullPath());
		if (!(parent instanceof IContainer folder) || template.selected() == null) {
			return false;
		}
		try {
			IFile file = DeviceFileCreator.create(folder, location.getFileName(), template.selected());
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
			return true;
		} catch (CoreException e) {
			location.setErrorMessage(e.getMessage());
			SpintexUi.log("cannot create the device file", e);
			return false;
		}
	}
}
