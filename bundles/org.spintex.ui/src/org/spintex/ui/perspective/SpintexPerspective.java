package org.spintex.ui.perspective;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.spintex.ui.views.texture.TextureView;

/**
 * The Spintex perspective: device files on the left, the editor in the middle, the texture on the
 * right, and problems and run output below.
 */
public final class SpintexPerspective implements IPerspectiveFactory {

	public static final String ID = "org.spintex.ui.perspective";

	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
	private static final String CONSOLE = "org.eclipse.ui.console.ConsoleView";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(PROJECT_EXPLORER, IPageLayout.LEFT, 0.2f, editors);
		layout.addView(TextureView.ID, IPageLayout.RIGHT, 0.55f, editors);
		IFolderLayout bottom = layout.createFolder("org.spintex.ui.perspective.bottom", IPageLayout.BOTTOM, 0.7f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(CONSOLE);
		layout.addShowViewShortcut(TextureView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(CONSOLE);
	}
}
