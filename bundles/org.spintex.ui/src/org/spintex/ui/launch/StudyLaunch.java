package org.spintex.ui.launch;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.spintex.ui.SpintexUi;

/** The attributes of a "Spintex study" launch configuration and how to read them. */
public final class StudyLaunch {

	public static final String TYPE_ID = "org.spintex.ui.launch.study";
	/** The device file, as a workspace path ({@code /project/devices/drag.spintex}). */
	public static final String FILE = "org.spintex.ui.launch.file";
	/** The study's name; empty when the file has one study. */
	public static final String STUDY = "org.spintex.ui.launch.study";
	/** Parameter overrides {@code PATH=QUANTITY}, as {@code spintex run --set}. */
	public static final String SETS = "org.spintex.ui.launch.sets";
	/** Points run at once; 0 means the preference. */
	public static final String THREADS = "org.spintex.ui.launch.threads";

	private StudyLaunch() {
	}

	public static IFile file(ILaunchConfiguration configuration) throws CoreException {
		String path = configuration.getAttribute(FILE, "");
		if (path.isBlank()) {
			throw new CoreException(SpintexUi.error("The launch configuration names no device file."));
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(path));
		if (!file.exists() || file.getLocation() == null) {
			throw new CoreException(SpintexUi.error("The device file " + path + " does not exist."));
		}
		return file;
	}

	public static String study(ILaunchConfiguration configuration) throws CoreException {
		String study = configuration.getAttribute(STUDY, "");
		return study.isBlank() ? null : study.strip();
	}

	public static List<String> sets(ILaunchConfiguration configuration) throws CoreException {
		return configuration.getAttribute(SETS, List.of());
	}
}
