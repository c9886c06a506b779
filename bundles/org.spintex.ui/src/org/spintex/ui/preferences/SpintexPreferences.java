package org.spintex.ui.preferences;

import org.eclipse.core.runtime.Platform;
import org.spintex.ui.SpintexUi;

/**
 * The workbench's Spintex preferences: points run at once, the project folder runs go to, and
 * the length unit the views show.
 */
public final class SpintexPreferences {

	public static final String THREADS = "threads";
	public static final String RESULTS_FOLDER = "resultsFolder";
	public static final String LENGTH_UNIT = "lengthUnit";

	public static final String DEFAULT_RESULTS_FOLDER = "results";
	public static final String DEFAULT_LENGTH_UNIT = "nm";

	private SpintexPreferences() {
	}

	public static int defaultThreads() {
		return Runtime.getRuntime().availableProcessors();
	}

	public static int threads() {
		return Math.max(1, Platform.getPreferencesService().getInt(SpintexUi.ID, THREADS, defaultThreads(), null));
	}

	public static String resultsFolder() {
		String folder = Platform.getPreferencesService().getString(SpintexUi.ID, RESULTS_FOLDER, DEFAULT_RESULTS_FOLDER, null);
		return folder == null || folder.isBlank() ? DEFAULT_RESULTS_FOLDER : folder.strip();
	}

	/** The unit lengths are shown in: nm or µm. */
	public static String lengthUnit() {
		return Platform.getPreferencesService().getString(SpintexUi.ID, LENGTH_UNIT, DEFAULT_LENGTH_UNIT, null);
	}
}
