package org.spintex.ui.wizards;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.spintex.ui.SpintexUi;

/**
 * File › Import › Spintex › Examples: every example device (seed devices, standard problems,
 * material libraries) into a Spintex project, in the repository's layout so that imports resolve.
 */
public final class ImportExamplesWizard extends Wizard implements IImportWizard {

	private Text name;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle("Import Spintex Examples");
	}

	@Override
	public void addPages() {
		addPage(new WizardPage("examples") {
			@Override
			public void createControl(Composite parent) {
				setTitle("Spintex examples");
				setDescription(DeviceTemplates.all().size() + " example devices, from the seed papers and the standard problems.");
				Composite page = new Composite(parent, SWT.NONE);
				page.setLayout(new GridLayout(2, false));
				new Label(page, SWT.NONE).setText("Project:");
				name = new Text(page, SWT.BORDER);
				name.setText("spintex-examples");
				setControl(page);
			}
		});
	}

	@Override
	public boolean performFinish() {
		try {
			importInto(ResourcesPlugin.getWorkspace().getRoot().getProject(name.getText().strip()));
			return true;
		} catch (CoreException e) {
			((WizardPage) getPages()[0]).setErrorMessage(e.getMessage());
			SpintexUi.log("cannot import the examples", e);
			return false;
		}
	}

	/** Copies every example into {@code project} (made as a Spintex project if it does not exist). */
	public static void importInto(IProject project) throws CoreException {
		if (!project.exists()) {
			NewSpintexProjectWizard.create(project, null, null);
		}
		for (DeviceTemplates.Template template : DeviceTemplates.all()) {
			IContainer folder = template.folder().isEmpty() ? project : project.getFolder(new Path(template.folder()));
			if (folder instanceof IFolder f && !f.exists()) {
				f.create(true, true, null);
			}
			var file = folder.getFile(new Path(new Path(template.path()).lastSegment()));
			if (!file.exists()) {
				file.create(DeviceFileCreator.bytes(template.text()), true, null);
			}
		}
	}
}
