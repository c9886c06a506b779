package org.spintex.dsl.ide.highlighting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.Quantity;
import org.spintex.dsl.spintex.SpintexPackage.Literals;
import org.spintex.dsl.spintex.VectorQuantity;
import org.spintex.dsl.spintex.Words;

/**
 * Semantic highlighting: property names, their physics symbols, units, and the words of choices
 * get styles of their own, so that a device file reads like the physics it states.
 */
public class SpintexHighlighting implements ISemanticHighlightingCalculator {

	public static final String PROPERTY = "spintex.property";
	public static final String SYMBOL = "spintex.symbol";
	public static final String UNIT = "spintex.unit";
	public static final String CHOICE = "spintex.choice";

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancel) {
		if (resource == null || resource.getContents().isEmpty()) {
			return;
		}
		var contents = resource.getAllContents();
		while (contents.hasNext() && !cancel.isCanceled()) {
			EObject object = contents.next();
			if (object instanceof Property) {
				mark(object, Literals.PROPERTY__NAME, PROPERTY, acceptor);
				mark(object, Literals.PROPERTY__SYMBOL, SYMBOL, acceptor);
			} else if (object instanceof Quantity) {
				mark(object, Literals.QUANTITY__UNIT, UNIT, acceptor);
			} else if (object instanceof VectorQuantity) {
				mark(object, Literals.VECTOR_QUANTITY__UNIT, UNIT, acceptor);
			} else if (object instanceof Words) {
				mark(object, Literals.WORDS__WORDS, CHOICE, acceptor);
			}
		}
	}

	private static void mark(EObject object, EStructuralFeature feature, String style,
			IHighlightedPositionAcceptor acceptor) {
		for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
			acceptor.addPosition(node.getOffset(), node.getLength(), style);
		}
	}
}
