package org.spintex.ui.builder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.xtext.resource.XtextResource;
import org.spintex.ui.editor.DeviceLanguage;

/**
 * Validates the saved device files of a Spintex project, as {@code spintex check} does, and keeps
 * their problem markers. A change to any device file revalidates all of them: a file that imports
 * a changed library may break without being touched.
 */
public final class DeviceFileBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.spintex.ui.builder";
	static final String EXTENSION = "spintex";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		if (delta == null || touchesDeviceFiles(delta)) {
			validateAll(monitor);
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE);
	}

	private static boolean touchesDeviceFiles(IResourceDelta delta) throws CoreException {
		boolean[] touched = { false };
		delta.accept(d -> {
			touched[0] |= d.getResource() instanceof IFile f && EXTENSION.equals(f.getFileExtension());
			return !touched[0];
		});
		return touched[0];
	}

	private void validateAll(IProgressMonitor monitor) throws CoreException {
		List<IFile> files = new ArrayList<>();
		getProject().accept(r -> {
			if (r instanceof IFile f && EXTENSION.equals(f.getFileExtension()) && f.getLocation() != null) {
				files.add(f);
			}
			return !r.isDerived();
		});
		SubMonitor progress = SubMonitor.convert(monitor, "Validating device files", files.size());
		for (IFile file : files) {
			progress.subTask(file.getName());
			validate(file, progress::isCanceled);
			progress.worked(1);
		}
	}

	/** Validates the saved text of {@code file} and replaces its problem markers. */
	public static void validate(IFile file, org.eclipse.xtext.util.CancelIndicator cancel) throws CoreException {
		if (file.getLocation() == null || !file.exists()) {
			return;
		}
		try {
			XtextResource resource = DeviceLanguage.parse(file.getLocation().toPath());
			ProblemMarkers.replace(file, DeviceLanguage.validate(resource, cancel));
		} catch (IOException e) {
			throw new CoreException(org.spintex.ui.SpintexUi.error("cannot read " + file.getFullPath() + ": " + e.getMessage()));
		}
	}
}
