package org.spintex.ui.editor.highlighting;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.spintex.ui.editor.DevicePartitions;

/**
 * Colours a device file: comments and strings by partition, keywords and numbers by
 * {@link DeviceCodeScanner}, and on top the semantic styles the reconciler computed last.
 */
public final class DevicePresentationReconciler extends PresentationReconciler {

	public DevicePresentationReconciler() {
		setDocumentPartitioning(DevicePartitions.PARTITIONING);
		set(IDocument.DEFAULT_CONTENT_TYPE, new DefaultDamagerRepairer(new DeviceCodeScanner()));
		set(DevicePartitions.COMMENT, new DefaultDamagerRepairer(uniform(HighlightingStyle.COMMENT)));
		set(DevicePartitions.STRING, new DefaultDamagerRepairer(uniform(HighlightingStyle.STRING)));
	}

	@Override
	public void install(ITextViewer viewer) {
		// documents that come from no file buffer (compare viewers) get their partitions here
		viewer.addTextInputListener(new ITextInputListener() {
			@Override
			public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
				if (newInput != null) {
					DevicePartitions.install(newInput);
				}
			}

			@Override
			public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
			}
		});
		super.install(viewer);
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.addTextPresentationListener(SemanticHighlighter.of(viewer));
		}
	}

	private void set(String partition, DefaultDamagerRepairer damagerRepairer) {
		setDamager(damagerRepairer, partition);
		setRepairer(damagerRepairer, partition);
	}

	private static RuleBasedScanner uniform(HighlightingStyle style) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(new Token(style.attribute()));
		return scanner;
	}
}
