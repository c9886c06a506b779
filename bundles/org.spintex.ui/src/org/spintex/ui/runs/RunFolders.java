package org.spintex.ui.runs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.spintex.compiler.CompiledPoint;
import org.spintex.ui.preferences.SpintexPreferences;

/**
 * Where runs go: {@code <project>/results/<device>.<study>/<date>_<time>/}, one folder per run, so
 * that runs are never overwritten and can be compared. The results folder carries a
 * {@code .gitignore} of its own that ignores everything in it: results stay out of git unless the
 * user decides otherwise.
 */
public final class RunFolders {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

	private RunFolders() {
	}

	/** The project's results folder (made, with its .gitignore, if missing). */
	public static IFolder resultsFolder(IProject project) throws CoreException {
		IFolder results = project.getFolder(SpintexPreferences.resultsFolder());
		if (!results.exists()) {
			results.create(true, true, null);
		}
		IFile ignore = results.getFile(".gitignore");
		if (!ignore.exists()) {
			ignore.create(new ByteArrayInputStream(
					"# Spintex run results: ignored by git (remove this file to keep them)\n*\n"
							.getBytes(StandardCharsets.UTF_8)), true, null);
		}
		results.setDerived(true, null);
		return results;
	}

	/**
	 * The folder for a new run of the study of {@code first}, named by the time it starts; not made
	 * yet (the run makes it, and refuses a folder that exists).
	 */
	public static IFolder newRunFolder(IFile device, CompiledPoint first) throws CoreException {
		IFolder study = resultsFolder(device.getProject())
				.getFolder(first.input().device() + "." + first.input().study());
		if (!study.exists()) {
			study.create(true, true, null);
		}
		String stamp = LocalDateTime.now().format(STAMP);
		IFolder run = study.getFolder(stamp);
		for (int n = 2; run.exists(); n++) {
			run = study.getFolder(stamp + "-" + n);
		}
		return run;
	}
}
