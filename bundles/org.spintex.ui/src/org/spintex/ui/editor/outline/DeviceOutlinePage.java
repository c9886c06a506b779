package org.spintex.ui.editor.outline;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.spintex.ui.editor.DeviceDocuments;

/**
 * The outline of a device file: imports, materials, devices and their parts. It follows the text
 * (rebuilt a moment after typing stops) and selecting a line selects that element's name.
 */
public final class DeviceOutlinePage extends ContentOutlinePage {

	private static final long DELAY_MS = 400;

	private final ITextEditor editor;
	private final IDocument document;
	private final Job refresh;
	private final IDocumentListener onChange = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			refresh.schedule(DELAY_MS);
		}
	};

	public DeviceOutlinePage(ITextEditor editor) {
		this.editor = editor;
		this.document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		this.refresh = Job.create("Outline of " + editor.getTitle(), this::rebuild);
		refresh.setSystem(true);
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return ((OutlineNode) parent).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((OutlineNode) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((OutlineNode) element).label();
			}
		});
		viewer.setInput(List.of());
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof OutlineNode node) {
				editor.selectAndReveal(node.offset(), node.length());
			}
		});
		if (document != null) {
			document.addDocumentListener(onChange);
			refresh.schedule();
		}
	}

	private IStatus rebuild(IProgressMonitor monitor) {
		List<OutlineNode> nodes = DeviceDocuments.withModel(document, OutlineNode::of);
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(() -> {
				if (!viewer.getControl().isDisposed()) {
					viewer.setInput(nodes);
					viewer.expandAll();
				}
			});
		}
		return Status.OK_STATUS;
	}

	@Override
	public void dispose() {
		if (document != null) {
			document.removeDocumentListener(onChange);
		}
		refresh.cancel();
		super.dispose();
	}
}
