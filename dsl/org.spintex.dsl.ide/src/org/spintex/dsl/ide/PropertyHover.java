package org.spintex.dsl.ide;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.spintex.dsl.catalog.PropertySpec;
import org.spintex.dsl.catalog.Schemas;
import org.spintex.dsl.spintex.Property;

/**
 * The hover text of the property under the cursor: its symbol, meaning, SI unit, allowed values
 * and the seed equation it comes from, as Markdown.
 */
public class PropertyHover {

	public Optional<String> at(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return Optional.empty();
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf == null) {
			return Optional.empty();
		}
		EObject element = NodeModelUtils.findActualSemanticObjectFor(leaf);
		Property property = element instanceof Property p ? p : EcoreUtil2.getContainerOfType(element, Property.class);
		return property == null ? Optional.empty() : Schemas.spec(property).map(PropertyHover::describe);
	}

	/** The hover text of a property, as Markdown. */
	public static String describe(PropertySpec p) {
		StringBuilder text = new StringBuilder("**").append(p.name()).append("**");
		if (!p.symbol().isEmpty()) {
			text.append(" (").append(p.symbol()).append(')');
		}
		text.append(": ").append(p.meaning()).append('.');
		if (!p.siUnit().isEmpty()) {
			text.append("\n\nSI unit: ").append(p.siUnit()).append(", e.g. `").append(p.name()).append(" 1 ")
					.append(p.kind().typicalUnit()).append('`');
		}
		String range = p.range().describe();
		if (!range.isEmpty()) {
			text.append("\n\nRange: ").append(range);
		}
		if (!p.words().isEmpty()) {
			text.append("\n\nValues: ").append(String.join(", ", p.words()));
		}
		if (!p.source().isEmpty()) {
			text.append("\n\nSource: ").append(p.source());
		}
		return text.toString();
	}
}
