package org.spintex.ui.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.debug.ui.actions.ILaunchable;

/**
 * Makes device files launchable, which is what puts Run As into the Project Explorer's context menu
 * (the platform asks for an {@link ILaunchable} adapter; the shortcut's own enablement then offers
 * Spintex study for .spintex files only).
 */
public final class LaunchableFiles implements IAdapterFactory {

	private static final ILaunchable LAUNCHABLE = new ILaunchable() {
	};

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == ILaunchable.class && adaptable instanceof IFile file && "spintex".equals(file.getFileExtension())) {
			return adapterType.cast(LAUNCHABLE);
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { ILaunchable.class };
	}
}
