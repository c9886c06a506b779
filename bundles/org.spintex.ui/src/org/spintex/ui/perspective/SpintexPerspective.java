package org.spintex.ui.perspective;

import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.spintex.ui.views.results.ResultsView;
import org.spintex.ui.views.texture.TextureView;
import org.spintex.ui.views.torque.TorqueView;
import org.spintex.ui.welcome.WelcomeView;

/**
 * The Spintex perspective: device files on the left, the editor in the middle, the texture and the
 * outline on the right with the torque charts and results below them, and problems and run output
 * under the editor; the Run menu and toolbar.
 */
public final class SpintexPerspective implements IPerspectiveFactory {

	public static final String ID = "org.spintex.ui.perspective";

	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
	private static final String CONSOLE = "org.eclipse.ui.console.ConsoleView";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(PROJECT_EXPLORER, IPageLayout.LEFT, 0.18f, editors);
		IFolderLayout right = layout.createFolder("org.spintex.ui.perspective.right", IPageLayout.RIGHT, 0.5f, editors);
		// a new workspace opens on the welcome page; the Texture view is the next tab
		right.addView(WelcomeView.ID);
		right.addView(TextureView.ID);
		right.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout charts = layout.createFolder("org.spintex.ui.perspective.charts", IPageLayout.BOTTOM, 0.55f,
				"org.spintex.ui.perspective.right");
		charts.addView(TorqueView.ID);
		charts.addView(ResultsView.ID);
		IFolderLayout bottom = layout.createFolder("org.spintex.ui.perspective.bottom", IPageLayout.BOTTOM, 0.65f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(CONSOLE);
		for (String view : new String[] { WelcomeView.ID, TextureView.ID, TorqueView.ID, ResultsView.ID, IPageLayout.ID_OUTLINE,
				IPageLayout.ID_PROBLEM_VIEW, CONSOLE }) {
			layout.addShowViewShortcut(view);
		}
		layout.addNewWizardShortcut("org.spintex.ui.wizards.project");
		layout.addNewWizardShortcut("org.spintex.ui.wizards.device");
		layout.addPerspectiveShortcut(ID);
		// the Run menu and the Run toolbar button (Run, Run As, Run History, Run Configurations, Ctrl+F11)
		layout.addActionSet(IDebugUIConstants.LAUNCH_ACTION_SET);
	}
}
