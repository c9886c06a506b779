package org.spintex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spintex.ui.tests.Workbench.screenshot;
import static org.spintex.ui.tests.Workbench.ui;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.spintex.ui.welcome.WelcomeView;

/** The welcome page lists every example device and opens the one clicked, imported into a project. */
class WelcomeTest {

	@Test
	void theWelcomePageOpensAnExampleInTheEditor() {
		WelcomeView view = Workbench.showView(WelcomeView.ID, WelcomeView.class);
		screenshot("welcome");
		List<Link> links = ui(() -> links(view.getSite().getShell()));
		for (String example : WelcomeView.examplePaths()) {
			assertTrue(links.stream().anyMatch(l -> ui(() -> l.getText()).contains(example)), example + " on the welcome page");
		}
		Link racetrack = links.stream().filter(l -> ui(() -> l.getText()).contains("skyrmion-racetrack/spin-orbit-push.spintex"))
				.findFirst().orElseThrow();
		ui(() -> racetrack.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event()));
		String opened = ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor()
				.getEditorInput().getName());
		assertEquals("spin-orbit-push.spintex", opened);
	}

	private static List<Link> links(Composite root) {
		List<Link> found = new java.util.ArrayList<>();
		for (Control child : root.getChildren()) {
			if (child instanceof Link link && !link.isDisposed()) {
				found.add(link);
			} else if (child instanceof Composite composite) {
				found.addAll(links(composite));
			}
		}
		return found;
	}
}
