package org.spintex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spintex.ui.tests.Workbench.document;
import static org.spintex.ui.tests.Workbench.screenshot;
import static org.spintex.ui.tests.Workbench.ui;
import static org.spintex.ui.tests.Workbench.viewer;
import static org.spintex.ui.tests.Workbench.waitUntil;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.spintex.ui.editor.DeviceHover;
import org.spintex.ui.editor.highlighting.HighlightingStyle;
import org.spintex.ui.editor.navigation.DefinitionHyperlinkDetector;

/**
 * The device editor on the racetrack example: the generic editor with the language's colours,
 * content assist, hover, go to definition into the imported material library, outline, format and
 * toggle comment, and a 2,000-line file.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeviceEditorTest {

	private static final String DEVICE = "skyrmion-racetrack/spin-orbit-push.spintex";

	private static IProject project;
	private static ITextEditor editor;

	@BeforeAll
	static void openTheExample() throws Exception {
		project = Workbench.exampleProject("racetrack", "skyrmion-racetrack", "materials");
		editor = Workbench.open(project.getFile(DEVICE));
	}

	@Test
	@Order(1)
	void opensInTheGenericEditorWithTheLanguagesColours() {
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", ui(() -> editor.getSite().getId()));
		String text = ui(() -> document(editor).get());
		// lexical colours at once: a keyword and a comment
		StyleRange keyword = styleAt(text.indexOf("film track"));
		assertEquals(HighlightingStyle.KEYWORD.attribute().getForeground(), keyword.foreground, "keyword colour");
		assertTrue((keyword.fontStyle & SWT.BOLD) != 0, "keywords are bold");
		assertEquals(HighlightingStyle.COMMENT.attribute().getForeground(), styleAt(text.indexOf("// ")).foreground, "comment colour");
		// semantic colours after the reconciler: a unit, a physics symbol and a property name
		int unit = text.indexOf("A/m^2");
		waitUntil("the semantic colour of the unit A/m^2", Workbench.WAIT,
				() -> HighlightingStyle.UNIT.attribute().getForeground().equals(styleAt(unit).foreground));
		assertEquals(HighlightingStyle.SYMBOL.attribute().getForeground(), styleAt(text.indexOf("thetaSH")).foreground);
		assertEquals(HighlightingStyle.PROPERTY.attribute().getForeground(),
				styleAt(text.indexOf("spin-hall-angle")).foreground);
		screenshot("editor");
	}

	@Test
	@Order(2)
	void contentAssistOffersTheContactsProperties() {
		String text = ui(() -> document(editor).get());
		int inContact = text.indexOf('\n', text.indexOf("spin-hall-angle")) + 1;
		List<String> proposals = new ArrayList<>();
		ui(() -> {
			editor.selectAndReveal(inContact, 0);
			editor.setFocus();
			((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class))
					.doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		});
		waitUntil("the content assist popup with the contact's properties", Workbench.WAIT, () -> {
			proposals.clear();
			proposals.addAll(popupItems());
			return proposals.stream().anyMatch(p -> p.startsWith("polarization"));
		});
		assertTrue(proposals.stream().anyMatch(p -> p.startsWith("spin-mixing-conductance")), proposals.toString());
		assertTrue(proposals.contains("polarization — spin polarisation of the current at the interface"),
				"a property comes with its meaning: " + proposals);
		assertTrue(proposals.stream().noneMatch(p -> p.startsWith("exchange")), "a contact has no exchange: " + proposals);
		screenshot("content-assist");
		// closing the proposal popup takes its documentation popup along
		ui(() -> Arrays.stream(Display.getDefault().getShells()).filter(s -> s != shell() && findTable(s) != null).toList()
				.forEach(s -> {
					if (!s.isDisposed()) {
						s.close();
					}
				}));
	}

	@Test
	@Order(3)
	void hoverExplainsAPropertyWithItsUnitAndSource() {
		String text = ui(() -> document(editor).get());
		int offset = text.indexOf("spin-hall-angle") + 3;
		String hover = ui(() -> new DeviceHover().getHoverInfo(viewer(editor), new Region(offset, 0)));
		assertNotNull(hover, "no hover on spin-hall-angle");
		assertTrue(hover.startsWith("spin-hall-angle (thetaSH): spin Hall angle."), hover);
		assertTrue(hover.contains("Source: seed 001 eq. (6)"), hover);
	}

	@Test
	@Order(4)
	void goToDefinitionOpensTheImportedMaterial() {
		String text = ui(() -> document(editor).get());
		int reference = text.indexOf("PtCoInterface") + 2;
		IHyperlink[] links = ui(() -> new DefinitionHyperlinkDetector().detectHyperlinks(viewer(editor),
				new Region(reference, 0), false));
		assertNotNull(links, "no hyperlink on the material reference");
		assertEquals(new Region(text.indexOf("PtCoInterface"), "PtCoInterface".length()), links[0].getHyperlinkRegion());
		ui(() -> links[0].open());
		ITextEditor library = ui(() -> (ITextEditor) Workbench.page().getActiveEditor());
		assertEquals("chiral-magnets.spintex", ui(() -> library.getEditorInput().getName()));
		String selected = ui(() -> ((org.eclipse.jface.text.ITextSelection) library.getSelectionProvider().getSelection())
				.getText());
		assertEquals("PtCoInterface", selected);
		ui(() -> {
			Workbench.page().closeEditor(library, false);
			Workbench.page().activate(editor);
		});
	}

	@Test
	@Order(5)
	void outlineShowsTheDeviceAndItsParts() throws Exception {
		Workbench.act(() -> {
			Workbench.page().showView(IPageLayout.ID_OUTLINE);
			Workbench.page().activate(editor);
		});
		List<String> labels = new ArrayList<>();
		waitUntil("the outline of the racetrack", Workbench.WAIT, () -> {
			labels.clear();
			ContentOutline outline = (ContentOutline) Workbench.page().findView(IPageLayout.ID_OUTLINE);
			if (outline == null || !(outline.getCurrentPage().getControl() instanceof Tree tree)) {
				return false;
			}
			collect(tree.getItems(), labels);
			return labels.contains("study push : micromagnetic");
		});
		assertTrue(labels.containsAll(List.of("import \"../materials/chiral-magnets.spintex\"", "device Racetrack",
				"film track", "contact platinum", "drive pulse", "texture bubble : skyrmion")), labels.toString());
		screenshot("outline");
	}

	@Test
	@Order(6)
	void formatRestoresTheCanonicalLayout() throws Exception {
		IDocument document = ui(() -> document(editor));
		String original = ui(() -> document.get());
		ui(() -> document.set(original.replace("\t\tlength 128 nm", "length    128   nm").replace("\t\twidth 48 nm", "   width 48 nm")));
		execute("org.spintex.ui.format");
		assertEquals(original, ui(() -> document.get()), "the example is in the canonical layout, as spintex fmt keeps it");
	}

	@Test
	@Order(7)
	void toggleCommentCommentsLinesOutAndBackIn() throws Exception {
		IDocument document = ui(() -> document(editor));
		String original = ui(() -> document.get());
		int line = original.indexOf("\t\tperiodic x");
		ui(() -> editor.selectAndReveal(line + 3, 0));
		execute("org.spintex.ui.toggleComment");
		assertTrue(ui(() -> document.get()).contains("\t\t// periodic x\n"), ui(() -> document.get()));
		execute("org.spintex.ui.toggleComment");
		assertEquals(original, ui(() -> document.get()));
		ui(() -> editor.doSave(null));
	}

	@Test
	@Order(8)
	void aTwoThousandLineFileIsColouredToItsEnd() throws Exception {
		StringBuilder text = new StringBuilder("// 2,000 lines: 200 materials of 10 lines\nspintex 3\n");
		for (int i = 0; i < 200; i++) {
			text.append("material M").append(i).append(" {\n\tsaturation Ms = 800 kA/m\n\texchange A = 13 pJ/m\n")
					.append("\tdamping alpha = 0.02\n\tdmi interfacial D = 3 mJ/m^2\n\tanisotropy uniaxial Ku = 0.4 MJ/m^3\n")
					.append("\t// a comment line\n\t// and another\n\n}\n");
		}
		IFile big = project.getFile("big.spintex");
		big.create(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), true, null);
		ITextEditor bigEditor = Workbench.open(big);
		int lastUnit = text.lastIndexOf("MJ/m^3");
		long start = System.nanoTime();
		waitUntil("the semantic colour of the last unit of 2,000 lines", Duration.ofSeconds(120),
				() -> HighlightingStyle.UNIT.attribute().getForeground().equals(styleAt(bigEditor, lastUnit).foreground));
		long typed = ui(() -> {
			long t0 = System.nanoTime();
			for (int i = 0; i < 20; i++) {
				try {
					document(bigEditor).replace(text.length() - 2, 0, "x");
				} catch (org.eclipse.jface.text.BadLocationException e) {
					throw new IllegalStateException(e);
				}
				while (Display.getDefault().readAndDispatch()) {
					// let each keystroke paint
				}
			}
			return (System.nanoTime() - t0) / 20;
		});
		System.out.printf("2,000 lines: coloured to the end after %.1f s; %.1f ms per keystroke in the UI thread%n",
				(System.nanoTime() - start) / 1e9, typed / 1e6);
		ui(() -> Workbench.page().closeEditor(bigEditor, false));
	}

	// ----------------------------------------------------------------------------------------------

	private static StyleRange styleAt(int documentOffset) {
		return styleAt(editor, documentOffset);
	}

	private static StyleRange styleAt(ITextEditor in, int documentOffset) {
		return ui(() -> {
			ITextViewer viewer = viewer(in);
			int widget = viewer instanceof ITextViewerExtension5 e ? e.modelOffset2WidgetOffset(documentOffset) : documentOffset;
			StyleRange style = viewer.getTextWidget().getStyleRangeAtOffset(widget);
			return style == null ? new StyleRange() : style;
		});
	}

	private static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	private static List<String> popupItems() {
		List<String> items = new ArrayList<>();
		for (Shell shell : Display.getDefault().getShells()) {
			Table table = shell == shell() ? null : findTable(shell);
			if (table != null && shell.isVisible()) {
				for (TableItem item : table.getItems()) {
					items.add(item.getText());
				}
			}
		}
		return items;
	}

	private static Table findTable(Control control) {
		if (control instanceof Table table) {
			return table;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				Table found = findTable(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static void collect(TreeItem[] items, List<String> labels) {
		for (TreeItem item : items) {
			labels.add(item.getText());
			collect(item.getItems(), labels);
		}
	}

	static void execute(String commandId) throws Exception {
		ui(() -> {
			Workbench.page().activate(editor);
			try {
				IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
				handlers.executeCommand(commandId, null);
			} catch (Exception e) {
				throw new IllegalStateException(commandId + ": " + e, e);
			}
		});
	}
}
