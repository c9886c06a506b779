package org.spintex.ui.launch;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.spintex.ui.SpintexUi;

/**
 * Run › Run With…: asks for overrides and runs the study (the one under the editor's cursor, or the
 * file's first) with them. The overrides go into the study's launch configuration only when the user
 * asks; otherwise the run uses an unsaved copy of it.
 */
public final class RunWithHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		IFile file = null;
		String atCursor = null;
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection && !selection.isEmpty()
				&& !(HandlerUtil.getActivePart(event) instanceof IEditorPart)) {
			file = Adapters.adapt(selection.getFirstElement(), IFile.class);
		} else if (editor != null) {
			file = Adapters.adapt(editor.getEditorInput(), IFile.class);
			atCursor = StudyLaunchShortcut.studyAtCursor(editor);
		}
		if (file == null || !"spintex".equals(file.getFileExtension())) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Run With",
					"Select a device file (.spintex) in the Project Explorer or open it in the editor.");
			return null;
		}
		List<String> studies = DeviceStudies.of(file);
		if (studies.isEmpty()) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Run With",
					file.getName() + " declares no study (a `study NAME : KIND { … }` inside a device).");
			return null;
		}
		String study = atCursor != null && studies.contains(atCursor) ? atCursor : studies.get(0);
		try {
			ILaunchConfiguration saved = StudyLaunchShortcut.configuration(file, study);
			RunWithDialog dialog = new RunWithDialog(HandlerUtil.getActiveShell(event), file.getName(), studies, study,
					StudyLaunch.sets(saved));
			if (dialog.open() != Window.OK) {
				return null;
			}
			launch(file, dialog.choice());
		} catch (CoreException e) {
			SpintexUi.log("cannot run " + file.getFullPath() + " with overrides", e);
		}
		return null;
	}

	/** Runs the chosen study of {@code file} with the chosen overrides, saving them only if asked. */
	public static void launch(IFile file, RunWithDialog.Choice choice) throws CoreException {
		ILaunchConfigurationWorkingCopy copy = StudyLaunchShortcut.configuration(file, choice.study()).getWorkingCopy();
		copy.setAttribute(StudyLaunch.SETS, choice.overrides());
		DebugUITools.launch(choice.remember() ? copy.doSave() : copy, ILaunchManager.RUN_MODE);
	}
}
