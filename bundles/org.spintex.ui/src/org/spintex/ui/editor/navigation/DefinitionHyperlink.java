package org.spintex.ui.editor.navigation;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.spintex.ui.SpintexUi;

/** Opens the file of a definition (a workspace file when it is one) and selects its name. */
final class DefinitionHyperlink implements IHyperlink {

	private final IRegion region;
	private final URI file;
	private final int offset;
	private final int length;
	private final String label;

	DefinitionHyperlink(IRegion region, URI file, int offset, int length, String label) {
		this.region = region;
		this.file = file;
		this.offset = offset;
		this.length = length;
		this.label = label;
	}

	@Override
	public IRegion getHyperlinkRegion() {
		return region;
	}

	@Override
	public String getTypeLabel() {
		return null;
	}

	@Override
	public String getHyperlinkText() {
		return label;
	}

	@Override
	public void open() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			java.net.URI location = java.net.URI.create(file.toString());
			IFile[] inWorkspace = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(location);
			IEditorPart editor = inWorkspace.length > 0 ? IDE.openEditor(page, inWorkspace[0])
					: IDE.openEditorOnFileStore(page, EFS.getStore(location));
			if (editor instanceof ITextEditor text) {
				text.selectAndReveal(offset, length);
			}
		} catch (CoreException | IllegalArgumentException e) {
			SpintexUi.log("cannot open " + file, e);
		}
	}
}
