package org.spintex.ui.editor.highlighting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.util.CancelIndicator;
import org.spintex.ui.editor.DeviceLanguage;

/**
 * Lays the language's semantic styles (property names, symbols, units, choice words) over the
 * lexical colours. The positions live in the document, so they move with the text typed after the
 * last reconcile; each reconcile replaces them.
 */
public final class SemanticHighlighter implements ITextPresentationListener {

	private static final String CATEGORY = "org.spintex.ui.semanticHighlighting";
	private static final Map<ITextViewer, SemanticHighlighter> OF_VIEWER = new WeakHashMap<>();

	/** A styled range: where, and which style. */
	public record Highlight(int offset, int length, HighlightingStyle style) {
	}

	private static final class StyledPosition extends Position {
		final HighlightingStyle style;

		StyledPosition(Highlight h) {
			super(h.offset(), h.length());
			this.style = h.style();
		}
	}

	private final ITextViewer viewer;

	private SemanticHighlighter(ITextViewer viewer) {
		this.viewer = viewer;
	}

	/** The highlighter of a viewer (made on first use). */
	public static synchronized SemanticHighlighter of(ITextViewer viewer) {
		return OF_VIEWER.computeIfAbsent(viewer, SemanticHighlighter::new);
	}

	/** The semantic styles of a parsed file, sorted by offset. */
	public static List<Highlight> compute(XtextResource resource, CancelIndicator cancel) {
		List<Highlight> highlights = new ArrayList<>();
		DeviceLanguage.injector().getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, ids) -> Arrays.stream(ids).map(HighlightingStyle::ofSemanticId)
						.filter(java.util.Objects::nonNull).findFirst()
						.ifPresent(style -> highlights.add(new Highlight(offset, length, style))),
				cancel);
		highlights.sort(Comparator.comparingInt(Highlight::offset));
		return highlights;
	}

	/** Replaces the styles of the viewer's document; call in the UI thread. */
	public void show(IDocument reconciled, List<Highlight> highlights) {
		IDocument document = viewer.getDocument();
		if (document == null || document != reconciled) {
			return;
		}
		if (!document.containsPositionCategory(CATEGORY)) {
			document.addPositionCategory(CATEGORY);
			document.addPositionUpdater(new DefaultPositionUpdater(CATEGORY));
		}
		try {
			for (Position old : document.getPositions(CATEGORY)) {
				document.removePosition(CATEGORY, old);
			}
			for (Highlight h : highlights) {
				if (h.offset() + h.length() <= document.getLength()) {
					document.addPosition(CATEGORY, new StyledPosition(h));
				}
			}
		} catch (BadLocationException | BadPositionCategoryException e) {
			// the text changed under us: the next reconcile brings fresh positions
			return;
		}
		viewer.invalidateTextPresentation();
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IDocument document = viewer.getDocument();
		if (document == null || !document.containsPositionCategory(CATEGORY)) {
			return;
		}
		IRegion extent = presentation.getExtent();
		List<StyleRange> ranges = new ArrayList<>();
		try {
			for (Position p : document.getPositions(CATEGORY)) {
				if (!p.isDeleted() && p.length > 0 && p.overlapsWith(extent.getOffset(), extent.getLength())) {
					HighlightingStyle style = ((StyledPosition) p).style;
					ranges.add(new StyleRange(p.offset, p.length, style.attribute().getForeground(), null,
							style.attribute().getStyle()));
				}
			}
		} catch (BadPositionCategoryException e) {
			return;
		}
		if (!ranges.isEmpty()) {
			presentation.mergeStyleRanges(ranges.toArray(StyleRange[]::new));
		}
	}
}
