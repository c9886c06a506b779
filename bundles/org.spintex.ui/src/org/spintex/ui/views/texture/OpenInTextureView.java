package org.spintex.ui.views.texture;

import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorLauncher;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.spintex.ui.SpintexUi;

/** Opening an .ovf file (double-click in the navigator) shows it in the Texture view. */
public final class OpenInTextureView implements IEditorLauncher {

	@Override
	public void open(IPath file) {
		try {
			TextureView view = (TextureView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
					.showView(TextureView.ID);
			view.open(file.toPath());
		} catch (PartInitException e) {
			SpintexUi.log("cannot show " + file + " in the Texture view", e);
		}
	}
}
