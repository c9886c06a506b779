package org.spintex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spintex.ui.tests.Workbench.screenshot;
import static org.spintex.ui.tests.Workbench.ui;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.spintex.ui.builder.ProblemMarkers;
import org.spintex.ui.builder.SpintexNature;
import org.spintex.ui.wizards.DeviceTemplates;
import org.spintex.ui.wizards.ImportExamplesWizard;
import org.spintex.ui.wizards.NewDeviceWizard;
import org.spintex.ui.wizards.NewSpintexProjectWizard;

/**
 * The wizards: a new Spintex project from a template that imports a material library validates
 * without a problem; the examples importer brings every example, and all of them validate; the New
 * Device wizard lists the templates.
 */
class WizardTest {

	@Test
	void aNewProjectFromATemplateWithImportsValidates() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("my-racetrack");
		DeviceTemplates.Template template = DeviceTemplates.at("skyrmion-racetrack/spin-orbit-push.spintex").orElseThrow();
		IFile device = ui(() -> {
			try {
				return NewSpintexProjectWizard.create(project, null, template);
			} catch (CoreException e) {
				throw new IllegalStateException(e);
			}
		});
		assertTrue(project.hasNature(SpintexNature.ID));
		assertTrue(new String(project.getFile(".gitignore").getContents().readAllBytes(), StandardCharsets.UTF_8)
				.contains("results/"));
		assertTrue(project.getFile("materials/chiral-magnets.spintex").exists(), "the imported library came along");
		String text = new String(device.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(text.contains("import \"materials/chiral-magnets.spintex\""), text);
		build(project);
		assertEquals(List.of(), problems(project), "problems in the new project");
	}

	@Test
	void everyImportedExampleValidates() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("spintex-examples");
		ui(() -> {
			try {
				ImportExamplesWizard.importInto(project);
			} catch (CoreException e) {
				throw new IllegalStateException(e);
			}
		});
		List<IFile> devices = new ArrayList<>();
		project.accept(r -> {
			if (r instanceof IFile f && "spintex".equals(f.getFileExtension())) {
				devices.add(f);
			}
			return true;
		});
		assertEquals(DeviceTemplates.all().size(), devices.size(), "every example imported");
		assertTrue(devices.size() >= 17, devices.toString());
		build(project);
		assertEquals(List.of(), problems(project), "problems in the imported examples");
	}

	@Test
	void theNewDeviceWizardListsTheTemplates() {
		WizardDialog dialog = ui(() -> {
			NewDeviceWizard wizard = new NewDeviceWizard();
			wizard.init(PlatformUI.getWorkbench(), new org.eclipse.jface.viewers.StructuredSelection(
					ResourcesPlugin.getWorkspace().getRoot().getProject("my-racetrack")));
			WizardDialog open = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
			open.setBlockOnOpen(false);
			open.open();
			open.showPage(wizard.getPages()[1]);
			return open;
		});
		try {
			screenshot("new-device-wizard");
			assertEquals("template", ui(() -> dialog.getCurrentPage().getName()));
			List<String> listed = ui(() -> templateList((org.eclipse.swt.widgets.Composite) dialog.getCurrentPage().getControl()));
			assertEquals(DeviceTemplates.all().stream().map(DeviceTemplates.Template::name).toList(), listed);
			assertTrue(listed.containsAll(List.of("standard-problems/sp4", "skyrmion-drag/two-terminal",
					"geometric-torque/fig3-wall-profiles")), listed.toString());
		} finally {
			ui(() -> dialog.close());
		}
	}

	private static List<String> templateList(org.eclipse.swt.widgets.Composite page) {
		for (org.eclipse.swt.widgets.Control child : page.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.List list) {
				return List.of(list.getItems());
			}
		}
		return List.of();
	}

	/** Builds the project now (the builder validates every device file), as Project › Build would. */
	private static void build(IProject project) throws CoreException {
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
	}

	private static List<String> problems(IProject project) throws CoreException {
		return Arrays.stream(project.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
				.map(m -> m.getResource().getProjectRelativePath() + ":" + m.getAttribute(IMarker.LINE_NUMBER, -1) + ": "
						+ m.getAttribute(IMarker.MESSAGE, ""))
				.toList();
	}
}
