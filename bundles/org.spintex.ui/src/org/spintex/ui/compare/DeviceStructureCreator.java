package org.spintex.ui.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.compare.IResourceProvider;
import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.IStructureComparator;
import org.eclipse.compare.structuremergeviewer.IStructureCreator;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.spintex.dsl.diff.ModelFacts;
import org.spintex.dsl.spintex.Model;
import org.spintex.ui.editor.DeviceLanguage;

/**
 * The structure pane of Eclipse's compare editor for device files: device › part › property, every value in the
 * canonical unit of its kind ({@link ModelFacts}, the reading {@code spintex diff} compares), so that the compare editor
 * marks what changed in the physics and not a unit rewritten or a property moved. Read-only: edits go to the text panes.
 */
public final class DeviceStructureCreator implements IStructureCreator {

	@Override
	public String getName() {
		return "Device structure (canonical units)";
	}

	@Override
	public IStructureComparator getStructure(Object input) {
		if (!(input instanceof IStreamContentAccessor accessor)) {
			return null;
		}
		String text;
		try (InputStream in = accessor.getContents()) {
			text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException | CoreException e) {
			return null;
		}
		XtextResource resource = DeviceLanguage.parse(text, uri(input));
		FactNode root = FactNode.folder("device file");
		if (resource.getContents().isEmpty()) {
			return root;
		}
		for (ModelFacts.Part part : ModelFacts.of((Model) resource.getContents().get(0)).parts()) {
			FactNode node = FactNode.folder(part.path() + (part.device() == null && !part.file().isEmpty() ? " (" + part.file() + ")" : ""));
			part.facts().forEach((key, fact) -> node.add(FactNode.leaf(key, fact.shown())));
			root.add(node);
		}
		return root;
	}

	/** Where the version lies, so that its imports resolve: the workspace file it comes from, else a name of its own. */
	private static URI uri(Object input) {
		if (input instanceof IResourceProvider provider) {
			IResource resource = provider.getResource();
			if (resource != null && resource.getLocation() != null) {
				return URI.createFileURI(resource.getLocation().toOSString());
			}
		}
		String name = input instanceof ITypedElement typed ? typed.getName() : "version";
		return URI.createURI("compare:/" + URI.encodeSegment(name == null ? "version" : name, false) + ".spintex");
	}

	@Override
	public IStructureComparator locate(Object path, Object input) {
		return null;
	}

	@Override
	public String getContents(Object node, boolean ignoreWhitespace) {
		return node instanceof FactNode fact ? fact.value() : null;
	}

	@Override
	public void save(IStructureComparator node, Object input) {
		// read-only structure
	}
}
