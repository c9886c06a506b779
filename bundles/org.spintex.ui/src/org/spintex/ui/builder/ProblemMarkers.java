package org.spintex.ui.builder;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.validation.Issue;
import org.spintex.ui.SpintexUi;

/**
 * The problems of a device file as markers of type {@value #TYPE}: written by the builder for the
 * saved text and by the editor's reconciler for the text being typed, always as a whole set.
 */
public final class ProblemMarkers {

	public static final String TYPE = "org.spintex.ui.problem";

	/** The validator's issue code, which quick fixes ({@link MigrationResolutions}) are chosen by. */
	public static final String ISSUE_CODE = "org.spintex.ui.issueCode";

	private ProblemMarkers() {
	}

	/** Replaces the file's Spintex problems by {@code issues}. */
	public static void replace(IFile file, List<Issue> issues) {
		try {
			ResourcesPlugin.getWorkspace().run(monitor -> {
				if (!file.exists()) {
					return;
				}
				file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
				for (Issue issue : issues) {
					IMarker marker = file.createMarker(TYPE);
					marker.setAttribute(IMarker.MESSAGE, issue.getMessage());
					if (issue.getCode() != null) {
						marker.setAttribute(ISSUE_CODE, issue.getCode());
					}
					marker.setAttribute(IMarker.SEVERITY, switch (issue.getSeverity()) {
						case ERROR -> IMarker.SEVERITY_ERROR;
						case WARNING -> IMarker.SEVERITY_WARNING;
						default -> IMarker.SEVERITY_INFO;
					});
					if (issue.getLineNumber() != null) {
						marker.setAttribute(IMarker.LINE_NUMBER, issue.getLineNumber().intValue());
						marker.setAttribute(IMarker.LOCATION, "line " + issue.getLineNumber() + ", column " + issue.getColumn());
					}
					if (issue.getOffset() != null && issue.getLength() != null) {
						marker.setAttribute(IMarker.CHAR_START, issue.getOffset().intValue());
						marker.setAttribute(IMarker.CHAR_END, issue.getOffset() + Math.max(1, issue.getLength()));
					}
				}
			}, file, IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException e) {
			SpintexUi.log("cannot write the problem markers of " + file.getFullPath(), e);
		}
	}
}
