package org.spintex.ui.editor.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Import;
import org.spintex.dsl.spintex.Model;
import org.spintex.dsl.spintex.Study;
import org.spintex.dsl.spintex.Texture;
import org.spintex.ui.editor.DeviceLanguage;

/**
 * One line of the outline — imports, materials, devices and their parts (films, contacts,
 * textures, reservoirs, wires, studies, …) — with where its name is, copied out of the model so the
 * outline can keep it after the model is gone.
 */
public record OutlineNode(String kind, String name, int offset, int length, List<OutlineNode> children) {

	public String label() {
		return name.isEmpty() ? kind : kind + " " + name;
	}

	/** The outline of a parsed file (its top-level nodes). */
	public static List<OutlineNode> of(XtextResource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return List.of();
		}
		ILocationInFileProvider locations = DeviceLanguage.injector().getInstance(ILocationInFileProvider.class);
		List<OutlineNode> nodes = new ArrayList<>();
		for (Import i : model.getImports()) {
			nodes.add(node(i, "import", i.getImportURI() == null ? "" : "\"" + i.getImportURI() + "\"", List.of(), locations));
		}
		for (EObject element : model.getElements()) {
			List<OutlineNode> parts = new ArrayList<>();
			if (element instanceof Device device) {
				for (EObject part : device.getParts()) {
					parts.add(node(part, kind(part), name(part), List.of(), locations));
				}
			}
			nodes.add(node(element, kind(element), name(element), parts, locations));
		}
		return nodes;
	}

	private static OutlineNode node(EObject object, String kind, String name, List<OutlineNode> children,
			ILocationInFileProvider locations) {
		ITextRegion region = locations.getSignificantTextRegion(object);
		if (region == null || region.getLength() == 0) {
			ICompositeNode node = NodeModelUtils.getNode(object);
			region = node == null ? ITextRegion.EMPTY_REGION : node.getTextRegion();
		}
		return new OutlineNode(kind, name, region.getOffset(), region.getLength(), children);
	}

	private static String kind(EObject object) {
		return object.eClass().getName().toLowerCase(Locale.ROOT);
	}

	private static String name(EObject object) {
		String name = SimpleAttributeResolver.NAME_RESOLVER.apply(object);
		if (name == null) {
			return "";
		}
		if (object instanceof Texture texture && texture.getKind() != null) {
			return name + " : " + texture.getKind();
		}
		if (object instanceof Study study && study.getEngine() != null) {
			return name + " : " + study.getEngine();
		}
		return name;
	}
}
