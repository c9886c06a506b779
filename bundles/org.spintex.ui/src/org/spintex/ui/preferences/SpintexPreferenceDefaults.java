package org.spintex.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.spintex.ui.SpintexUi;

/** The defaults: as many threads as cores, runs under results/, lengths in nm. */
public final class SpintexPreferenceDefaults extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(SpintexUi.ID);
		defaults.putInt(SpintexPreferences.THREADS, SpintexPreferences.defaultThreads());
		defaults.put(SpintexPreferences.RESULTS_FOLDER, SpintexPreferences.DEFAULT_RESULTS_FOLDER);
		defaults.put(SpintexPreferences.LENGTH_UNIT, SpintexPreferences.DEFAULT_LENGTH_UNIT);
	}
}
