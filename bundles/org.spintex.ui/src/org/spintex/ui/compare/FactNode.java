package org.spintex.ui.compare;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.IStructureComparator;
import org.eclipse.swt.graphics.Image;

/**
 * A node of the device structure: a part (device › film track), or one of its facts (thickness = 1.2 nm). Nodes of the two
 * versions are matched by name; a fact's content is its value in canonical units, so that the compare editor marks it
 * only when the physics differs.
 */
final class FactNode implements IStructureComparator, ITypedElement, IStreamContentAccessor {

	/** The type of a fact's content: plain text, shown by the text viewer when selected. */
	private static final String FACT = "txt";

	private final String name;
	private final String value;
	private final boolean folder;
	private final List<FactNode> children = new ArrayList<>();

	private FactNode(String name, String value, boolean folder) {
		this.name = name;
		this.value = value;
		this.folder = folder;
	}

	static FactNode folder(String name) {
		return new FactNode(name, "", true);
	}

	static FactNode leaf(String name, String value) {
		return new FactNode(name, value, false);
	}

	void add(FactNode child) {
		children.add(child);
	}

	String value() {
		return value;
	}

	@Override
	public Object[] getChildren() {
		return folder ? children.toArray() : null;
	}

	@Override
	public String getName() {
		return folder ? name : name + " = " + value;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public String getType() {
		return folder ? ITypedElement.FOLDER_TYPE : FACT;
	}

	@Override
	public InputStream getContents() {
		return new ByteArrayInputStream((folder ? "" : value + "\n").getBytes(StandardCharsets.UTF_8));
	}

	// matched across the versions by part path or fact key, not by value
	@Override
	public boolean equals(Object other) {
		return other instanceof FactNode node && node.name.equals(name) && node.folder == folder;
	}

	@Override
	public int hashCode() {
		return name.hashCode();
	}
}
