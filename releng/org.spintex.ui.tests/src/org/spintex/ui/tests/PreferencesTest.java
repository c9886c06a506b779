package org.spintex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.Test;
import org.spintex.ui.SpintexUi;
import org.spintex.ui.preferences.SpintexPreferences;
import org.spintex.ui.runs.RunFolders;

/** Window › Preferences › Spintex: the defaults, and a results folder of the user's choice. */
class PreferencesTest {

	@Test
	void defaultsAndAChosenResultsFolder() throws Exception {
		assertEquals(Runtime.getRuntime().availableProcessors(), SpintexPreferences.threads(), "threads default to the cores");
		assertEquals("results", SpintexPreferences.resultsFolder());
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(SpintexUi.ID);
		preferences.put(SpintexPreferences.RESULTS_FOLDER, "runs");
		preferences.putInt(SpintexPreferences.THREADS, 1);
		try {
			IProject project = Workbench.exampleProject("preferences", "materials");
			IFolder folder = RunFolders.resultsFolder(project);
			assertEquals("runs", folder.getName());
			assertTrue(folder.getFile(".gitignore").exists(), "the chosen folder is kept out of git too");
			assertEquals(1, SpintexPreferences.threads());
		} finally {
			preferences.remove(SpintexPreferences.RESULTS_FOLDER);
			preferences.remove(SpintexPreferences.THREADS);
		}
	}
}
