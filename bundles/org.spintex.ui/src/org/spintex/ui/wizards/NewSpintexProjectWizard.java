package org.spintex.ui.wizards;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.spintex.ui.SpintexUi;
import org.spintex.ui.builder.SpintexNature;

/**
 * File › New › Spintex Project: a project with the Spintex nature (device files validated on
 * save), a .gitignore that keeps run results out of git, and a first device from a template.
 */
public final class NewSpintexProjectWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private WizardNewProjectCreationPage project;
	private TemplatePage template;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		setWindowTitle("New Spintex Project");
	}

	@Override
	public void addPages() {
		project = new WizardNewProjectCreationPage("project");
		project.setTitle("Spintex project");
		project.setDescription("A project for device files, their runs and results.");
		template = new TemplatePage();
		addPage(project);
		addPage(template);
	}

	@Override
	public boolean performFinish() {
		try {
			IFile device = create(project.getProjectHandle(),
					project.useDefaults() ? null : project.getLocationURI(), template.selected());
			if (device != null) {
				IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), device);
			}
			return true;
		} catch (CoreException e) {
			project.setErrorMessage(e.getMessage());
			SpintexUi.log("cannot create the project", e);
			return false;
		}
	}

	/** Makes the project; returns its first device file (null without a template). */
	public static IFile create(IProject handle, java.net.URI location, DeviceTemplates.Template first)
			throws CoreException {
		IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(handle.getName());
		description.setLocationURI(location);
		handle.create(description, null);
		handle.open(null);
		SpintexNature.addTo(handle, null);
		IFile ignore = handle.getFile(".gitignore");
		if (!ignore.exists()) {
			ignore.create(DeviceFileCreator.bytes("# Spintex run results (see results/.gitignore)\nresults/\n"), true, null);
		}
		if (first == null) {
			return null;
		}
		return DeviceFileCreator.create(handle, new org.eclipse.core.runtime.Path(first.path()).lastSegment(), first);
	}
}
