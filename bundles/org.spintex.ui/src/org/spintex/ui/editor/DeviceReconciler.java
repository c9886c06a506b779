package org.spintex.ui.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.swt.widgets.Control;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.spintex.ui.builder.DeviceFileBuilder;
import org.spintex.ui.builder.ProblemMarkers;
import org.spintex.ui.editor.highlighting.SemanticHighlighter;

/**
 * Validates a device file while it is typed, half a second after the last key: problems become
 * markers of the file (Problems view and editor ruler), and the semantic colours are refreshed.
 */
public final class DeviceReconciler extends MonoReconciler {

	private static final int DELAY_MS = 500;

	public DeviceReconciler() {
		super(new Strategy(), false);
		setDelay(DELAY_MS);
	}

	@Override
	public void install(ITextViewer viewer) {
		((Strategy) getReconcilingStrategy(IDocument.DEFAULT_CONTENT_TYPE)).viewer = viewer;
		super.install(viewer);
	}

	/**
	 * The editor closes: its markers may describe text that was never saved, so the saved file is
	 * validated again.
	 */
	@Override
	public void uninstall() {
		IFile file = ((Strategy) getReconcilingStrategy(IDocument.DEFAULT_CONTENT_TYPE)).file;
		super.uninstall();
		if (file != null) {
			Job.create("Validate " + file.getName(), monitor -> {
				DeviceFileBuilder.validate(file, monitor::isCanceled);
			}).schedule();
		}
	}

	private static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

		private volatile ITextViewer viewer;
		private IDocument document;
		/** The workspace file of the document, kept for after the editor let go of its buffer. */
		private volatile IFile file;
		private IProgressMonitor monitor;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
			this.file = document == null ? null : DeviceDocuments.fileOf(document).orElse(null);
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
			this.monitor = monitor;
		}

		@Override
		public void initialReconcile() {
			reconcile();
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			reconcile();
		}

		@Override
		public void reconcile(IRegion partition) {
			reconcile();
		}

		private void reconcile() {
			IDocument reconciled = document;
			if (reconciled == null) {
				return;
			}
			CancelIndicator cancel = () -> monitor != null && monitor.isCanceled();
			record Outcome(List<Issue> issues, List<SemanticHighlighter.Highlight> highlights) {
			}
			Outcome outcome = DeviceDocuments.withModel(reconciled, resource -> new Outcome(
					DeviceLanguage.validate(resource, cancel), SemanticHighlighter.compute(resource, cancel)));
			if (cancel.isCanceled()) {
				return;
			}
			IFile target = file;
			if (target != null) {
				ProblemMarkers.replace(target, outcome.issues());
			}
			ITextViewer shown = viewer;
			Control control = shown == null ? null : shown.getTextWidget();
			if (control != null && !control.isDisposed()) {
				control.getDisplay().asyncExec(() -> {
					if (!control.isDisposed()) {
						SemanticHighlighter.of(shown).show(reconciled, outcome.highlights());
					}
				});
			}
		}
	}
}
