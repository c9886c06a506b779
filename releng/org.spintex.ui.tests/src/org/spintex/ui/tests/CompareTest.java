package org.spintex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spintex.ui.tests.Workbench.screenshot;
import static org.spintex.ui.tests.Workbench.ui;
import static org.spintex.ui.tests.Workbench.waitUntil;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.CompareUI;
import org.eclipse.compare.IResourceProvider;
import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.compare.structuremergeviewer.IDiffElement;
import org.eclipse.compare.structuremergeviewer.IStructureComparator;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.Test;
import org.spintex.ui.compare.DeviceStructureCreator;

/**
 * Two versions of a device file in Eclipse's compare editor: the structure compare (in the Outline view, where Eclipse
 * 4.39 shows it) lists device › part › property with the values in canonical units, and marks the thickness that changed
 * but not the length rewritten from µm to nm.
 */
class CompareTest {

	/** A version of a device file held in memory, read as the workspace file it is a version of (for its imports). */
	private record Version(String name, String text, IFile file) implements ITypedElement, IStreamContentAccessor, IResourceProvider {
		@Override
		public String getName() {
			return name;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return "spintex";
		}

		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public IResource getResource() {
			return file;
		}
	}

	@Test
	void theStructurePaneShowsWhatChangedInThePhysics() throws Exception {
		IProject project = Workbench.exampleProject("compare", "skyrmion-drag", "materials");
		IFile file = project.getFile("skyrmion-drag/two-terminal.spintex");
		String before = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(before.contains("length 2 um") && before.contains("thickness 1 nm"), before);
		String after = before.replace("length 2 um", "length 2000 nm").replace("thickness 1 nm", "thickness 1.2 nm");
		Version left = new Version("HEAD~1 two-terminal.spintex", before, file);
		Version right = new Version("two-terminal.spintex", after, file);

		// the differences the structure pane shows, straight from the structure creator and Eclipse's differencer
		DeviceStructureCreator structure = new DeviceStructureCreator();
		IStructureComparator a = structure.getStructure(left), b = structure.getStructure(right);
		Object differences = new Differencer().findDifferences(false, null, null, null, a, b);
		List<String> changed = new ArrayList<>();
		collect((IDiffElement) differences, "", changed);
		// one change: the thickness, named by both versions (Compare puts them in its own order)
		assertEquals(1, changed.size(), changed.toString());
		assertTrue(changed.get(0).startsWith("device TwoTerminalDrag › film magnet/") && changed.get(0).contains("thickness = 1 nm")
				&& changed.get(0).contains("thickness = 1.2 nm"), changed.toString());

		// and the editor itself, its structure pane listing the changed part and property
		CompareConfiguration configuration = new CompareConfiguration();
		configuration.setLeftLabel(left.getName());
		configuration.setRightLabel(right.getName());
		CompareEditorInput input = new CompareEditorInput(configuration) {
			@Override
			protected Object prepareInput(IProgressMonitor monitor) {
				return new DiffNode(left, right);
			}
		};
		input.setTitle("two-terminal.spintex: HEAD~1 and now");
		ui(() -> CompareUI.openCompareEditor(input));
		waitUntil("the compare editor", Workbench.WAIT, () -> ui(() -> Workbench.page().getActiveEditor() != null
				&& Workbench.page().getActiveEditor().getEditorInput() == input));
		IEditorPart editor = ui(() -> Workbench.page().getActiveEditor());
		// Eclipse 4.39 shows a compare editor's structure in the Outline view: the changed part, named as the diff names it
		Workbench.showView(IPageLayout.ID_OUTLINE, ContentOutline.class);
		ui(() -> Workbench.page().activate(editor));
		waitUntil("the structure of the two versions", Workbench.WAIT,
				() -> ui(() -> treeItems(editor).contains("device TwoTerminalDrag › film magnet")));
		List<String> items = ui(() -> treeItems(editor));
		assertTrue(items.stream().noneMatch(t -> t.contains("length")), "a unit rewritten is no change: " + items);
		screenshot("compare");
		ui(() -> Workbench.page().closeAllEditors(false));
	}

	/** The changed facts under {@code element}, as "part/fact" (the root is the file itself). */
	private static void collect(IDiffElement element, String path, List<String> out) {
		if (!(element instanceof DiffNode node)) {
			return;
		}
		IDiffElement[] children = node.getChildren();
		if (children.length == 0) {
			out.add(path + node.getName());
			return;
		}
		String prefix = node.getName().equals("device file") ? "" : path + node.getName() + "/";
		for (IDiffElement child : children) {
			collect(child, prefix, out);
		}
	}

	/** The texts of the expanded items of every tree in the editor's window (the structure compare in the Outline is one). */
	private static List<String> treeItems(IEditorPart editor) {
		List<String> texts = new ArrayList<>();
		Control control = editor.getSite().getShell();
		trees(control, texts);
		return texts;
	}

	private static void trees(Control control, List<String> texts) {
		if (control instanceof Tree tree) {
			for (TreeItem item : tree.getItems()) {
				item(item, texts);
			}
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				trees(child, texts);
			}
		}
	}

	private static void item(TreeItem item, List<String> texts) {
		texts.add(item.getText());
		for (TreeItem child : item.getItems()) {
			item(child, texts);
		}
	}
}
