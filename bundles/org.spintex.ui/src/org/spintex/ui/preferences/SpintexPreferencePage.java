package org.spintex.ui.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.spintex.ui.SpintexUi;

/** Window › Preferences › Spintex. */
public final class SpintexPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public SpintexPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, SpintexUi.ID));
		setDescription("How studies run from the workbench, and how the views show them.");
	}

	@Override
	protected void createFieldEditors() {
		IntegerFieldEditor threads = new IntegerFieldEditor(SpintexPreferences.THREADS,
				"Sweep points run at once (threads):", getFieldEditorParent());
		threads.setValidRange(1, 1024);
		addField(threads);
		addField(new StringFieldEditor(SpintexPreferences.RESULTS_FOLDER,
				"Project folder for run results (ignored by git):", getFieldEditorParent()));
		addField(new ComboFieldEditor(SpintexPreferences.LENGTH_UNIT, "Lengths in the views:",
				new String[][] { { "nm", "nm" }, { "µm", "µm" } }, getFieldEditorParent()));
	}

	@Override
	public void init(IWorkbench workbench) {
	}
}
