package org.spintex.ui.editor.navigation;

import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.spintex.dsl.spintex.Import;
import org.spintex.ui.editor.DeviceDocuments;
import org.spintex.ui.editor.DeviceLanguage;

/**
 * Ctrl+click (F3) on a reference — a film's material, a contact's film, a potential's film, a
 * sweep's parameter — goes to its definition, in this file or in an imported one; on an import's
 * path it opens that file.
 */
public final class DefinitionHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultiple) {
		IDocument document = viewer.getDocument();
		if (document == null) {
			return null;
		}
		Optional<IHyperlink> link = DeviceDocuments.withModel(document, resource -> find(resource, region.getOffset()));
		return link.map(l -> new IHyperlink[] { l }).orElse(null);
	}

	private static Optional<IHyperlink> find(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return Optional.empty();
		}
		EObjectAtOffsetHelper helper = DeviceLanguage.injector().getInstance(EObjectAtOffsetHelper.class);
		INode reference = helper.getCrossReferenceNode(resource, new TextRegion(offset, 0));
		if (reference != null) {
			EObject target = helper.resolveCrossReferencedElementAt(resource, offset);
			if (target == null || target.eIsProxy() || target.eResource() == null) {
				return Optional.empty();
			}
			ITextRegion name = DeviceLanguage.injector().getInstance(ILocationInFileProvider.class)
					.getSignificantTextRegion(target);
			return Optional.of(new DefinitionHyperlink(new Region(reference.getOffset(), reference.getLength()),
					target.eResource().getURI(), name.getOffset(), name.getLength(), label(target)));
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf != null && NodeModelUtils.findActualSemanticObjectFor(leaf) instanceof Import imported
				&& imported.getImportURI() != null) {
			URI file = URI.createURI(imported.getImportURI()).resolve(resource.getURI());
			return Optional.of(new DefinitionHyperlink(new Region(leaf.getOffset(), leaf.getLength()), file, 0, 0,
					"Open " + imported.getImportURI()));
		}
		return Optional.empty();
	}

	private static String label(EObject target) {
		String name = org.eclipse.xtext.util.SimpleAttributeResolver.NAME_RESOLVER.apply(target);
		return "Go to " + target.eClass().getName().toLowerCase(java.util.Locale.ROOT) + " " + name;
	}
}
