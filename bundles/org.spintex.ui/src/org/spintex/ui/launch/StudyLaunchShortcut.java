package org.spintex.ui.launch;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut2;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.spintex.dsl.spintex.Study;
import org.spintex.ui.SpintexUi;
import org.spintex.ui.editor.DeviceDocuments;

/**
 * Run As › Spintex study, on a device file in the navigator or in the editor (there the study under
 * the cursor): reuses the launch configuration of that file and study, or makes one; asks which
 * study when the file has several.
 */
public final class StudyLaunchShortcut implements ILaunchShortcut2 {

	@Override
	public void launch(ISelection selection, String mode) {
		if (selection instanceof IStructuredSelection s) {
			fileOf(s.getFirstElement()).ifPresent(file -> launch(file, mode));
		}
	}

	/** From the editor: the study the cursor is in runs at once; elsewhere as for the file. */
	@Override
	public void launch(IEditorPart editor, String mode) {
		fileOf(editor.getEditorInput()).ifPresent(file -> {
			String study = studyAtCursor(editor);
			if (study == null) {
				launch(file, mode);
				return;
			}
			try {
				DebugUITools.launch(configuration(file, study), mode);
			} catch (CoreException e) {
				SpintexUi.log("cannot make a launch configuration for " + file.getFullPath(), e);
			}
		});
	}

	/** The name of the study whose block holds the editor's cursor, or null. */
	public static String studyAtCursor(IEditorPart editor) {
		if (!(editor instanceof ITextEditor text)
				|| !(text.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return null;
		}
		IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
		return DeviceDocuments.withModel(document, resource -> {
			if (resource.getParseResult() == null) {
				return null;
			}
			ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), selection.getOffset());
			Study study = leaf == null ? null
					: EcoreUtil2.getContainerOfType(NodeModelUtils.findActualSemanticObjectFor(leaf), Study.class);
			return study == null ? null : study.getName();
		});
	}

	private static Optional<IFile> fileOf(Object element) {
		IFile file = Adapters.adapt(element, IFile.class);
		return file != null && "spintex".equals(file.getFileExtension()) ? Optional.of(file) : Optional.empty();
	}

	private static void launch(IFile file, String mode) {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		List<String> studies = DeviceStudies.of(file);
		if (studies.isEmpty()) {
			MessageDialog.openInformation(shell, "Spintex study",
					file.getName() + " declares no study (a `study NAME : ENGINE { … }` inside a device).");
			return;
		}
		String study = studies.get(0);
		if (studies.size() > 1) {
			ElementListSelectionDialog choose = new ElementListSelectionDialog(shell, new LabelProvider());
			choose.setTitle("Spintex study");
			choose.setMessage("Which study of " + file.getName() + " should run?");
			choose.setElements(studies.toArray());
			if (choose.open() != Window.OK) {
				return;
			}
			study = (String) choose.getFirstResult();
		}
		try {
			DebugUITools.launch(configuration(file, study), mode);
		} catch (CoreException e) {
			SpintexUi.log("cannot make a launch configuration for " + file.getFullPath(), e);
		}
	}

	/** The saved configuration for this file and study, or a new one. */
	public static ILaunchConfiguration configuration(IFile file, String study) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationType type = manager.getLaunchConfigurationType(StudyLaunch.TYPE_ID);
		for (ILaunchConfiguration existing : manager.getLaunchConfigurations(type)) {
			if (file.getFullPath().toString().equals(existing.getAttribute(StudyLaunch.FILE, ""))
					&& study.equals(existing.getAttribute(StudyLaunch.STUDY, ""))) {
				return existing;
			}
		}
		String name = manager.generateLaunchConfigurationName(file.getFullPath().removeFileExtension().lastSegment() + " " + study);
		ILaunchConfigurationWorkingCopy copy = type.newInstance(null, name);
		copy.setAttribute(StudyLaunch.FILE, file.getFullPath().toString());
		copy.setAttribute(StudyLaunch.STUDY, study);
		copy.setMappedResources(new IResource[] { file });
		return copy.doSave();
	}

	@Override
	public ILaunchConfiguration[] getLaunchConfigurations(ISelection selection) {
		return null;
	}

	@Override
	public ILaunchConfiguration[] getLaunchConfigurations(IEditorPart editor) {
		return null;
	}

	@Override
	public IResource getLaunchableResource(ISelection selection) {
		return selection instanceof IStructuredSelection s ? fileOf(s.getFirstElement()).orElse(null) : null;
	}

	@Override
	public IResource getLaunchableResource(IEditorPart editor) {
		return fileOf(editor.getEditorInput()).orElse(null);
	}
}
