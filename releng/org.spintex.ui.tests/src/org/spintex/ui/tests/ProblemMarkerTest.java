package org.spintex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spintex.ui.tests.Workbench.act;
import static org.spintex.ui.tests.Workbench.document;
import static org.spintex.ui.tests.Workbench.screenshot;
import static org.spintex.ui.tests.Workbench.ui;
import static org.spintex.ui.tests.Workbench.waitUntil;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spintex.ui.builder.ProblemMarkers;

/**
 * Problems as markers: a wrong unit typed in the editor gets an error marker on its line (Problems
 * view, ruler) and loses it when fixed, or when the editor closes without saving; a broken file
 * saved outside an editor is found by the project's builder.
 */
class ProblemMarkerTest {

	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		project = Workbench.exampleProject("racetrack", "skyrmion-racetrack", "materials");
	}

	@Test
	void aWrongUnitTypedInTheEditorIsMarkedUntilFixed() throws Exception {
		IFile file = project.getFile("skyrmion-racetrack/spin-orbit-push.spintex");
		ITextEditor editor = Workbench.open(file);
		IDocument document = ui(() -> document(editor));
		String original = ui(() -> document.get());
		int at = original.indexOf("radius 6 nm");
		int line = ui(() -> {
			try {
				return document.getLineOfOffset(at) + 1;
			} catch (org.eclipse.jface.text.BadLocationException e) {
				throw new IllegalStateException(e);
			}
		});
		act(() -> {
			Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
			Workbench.page().activate(editor);
			document.replace(at, "radius 6 nm".length(), "radius 6 T");
		});
		waitUntil("an error marker for the length given in tesla", Workbench.WAIT, () -> !errors(file).isEmpty());
		IMarker marker = errors(file).get(0);
		assertEquals(line, marker.getAttribute(IMarker.LINE_NUMBER, -1), "the marker's line");
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		assertTrue(message.contains("length") && message.contains("nm"), "message names the expected unit: " + message);
		ui(() -> editor.selectAndReveal(at + "radius 6 T".length(), 0));
		Workbench.sleep(2500); // the Problems view refreshes on a timer
		ui(() -> expandProblems(Workbench.page().getWorkbenchWindow().getShell()));
		screenshot("problem-marker");
		ui(() -> document.set(original));
		waitUntil("the marker to go once the unit is fixed", Workbench.WAIT, () -> errors(file).isEmpty());
		ui(() -> editor.doSave(null));
	}

	@Test
	void closingAnEditorWithoutSavingDropsTheMarkersOfTheUnsavedText() throws Exception {
		IFile file = project.getFile("materials/chiral-magnets.spintex");
		ITextEditor editor = Workbench.open(file);
		IDocument document = ui(() -> document(editor));
		ui(() -> document.set(document.get() + "\nmaterial Broken { damping alpha = 2 s }\n"));
		waitUntil("the marker of the unsaved error", Workbench.WAIT, () -> !errors(file).isEmpty());
		ui(() -> Workbench.page().closeEditor(editor, false));
		waitUntil("the saved file to be validated again", Workbench.WAIT, () -> errors(file).isEmpty());
	}

	@Test
	void aBrokenFileSavedOutsideTheEditorIsFoundByTheBuilder() throws Exception {
		IFile file = project.getFile("broken.spintex");
		file.create(bytes("spintex 3\n\nmaterial Broken {\n\tsaturation Ms = 800 kA/m\n\tdamping alpha = 0.02 s\n}\n"), true, null);
		waitUntil("the builder's marker for the damping with a unit", Workbench.WAIT, () -> !errors(file).isEmpty());
		assertEquals(5, errors(file).get(0).getAttribute(IMarker.LINE_NUMBER, -1));
		file.setContents(bytes("spintex 3\n\nmaterial Broken {\n\tsaturation Ms = 800 kA/m\n\tdamping alpha = 0.02\n}\n"), true, false, null);
		waitUntil("the builder to clear the marker", Workbench.WAIT, () -> errors(file).isEmpty());
	}

	/** Names that mislead are marked: a second part of a name, a link to a part of the wrong kind, a part no study reads. */
	@Test
	void duplicateNamesWrongLinksAndUnusedPartsAreMarked() throws Exception {
		IFile file = project.getFile("names.spintex");
		file.create(bytes("""
				spintex 3
				material M {
					exchange A = 13 pJ/m
					saturation Ms = 800 kA/m
					damping alpha = 0.1
				}

				device Names {
					film strip {
						material M
						shape box
						length 64 nm
						width 16 nm
						thickness 2 nm
						cell 4 nm
					}
					texture strip : uniform {
						direction (1, 0, 0)
					}
					contact pad on strip.west {
						current-density J = 1e11 A/m^2
						polarization P = 0.5
					}
					gate valve on strip {
						position 32 nm
						width 8 nm
					}
					study settle : micromagnetic {
						film pad
						duration 10 ps
					}
				}
				"""), true, null);
		waitUntil("the builder's markers of names.spintex", Workbench.WAIT, () -> errors(file).size() >= 2);
		List<String> errors = errors(file).stream().map(m -> m.getAttribute(IMarker.LINE_NUMBER, -1) + ": "
				+ m.getAttribute(IMarker.MESSAGE, "")).toList();
		assertTrue(errors.contains("17: there is already a film named strip in device Names (line 9); names are unique in device "
				+ "Names: rename one"), errors.toString());
		assertTrue(errors.contains("29: film must name a film, but pad is a contact"), errors.toString());
		List<String> warnings = Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_WARNING)
				.map(m -> m.getAttribute(IMarker.LINE_NUMBER, -1) + ": " + m.getAttribute(IMarker.MESSAGE, "")).toList();
		assertTrue(warnings.contains("24: gate valve is not used by study settle (micromagnetic); link it from a study that reads "
				+ "it, or remove it"), warnings.toString());
		file.delete(true, null);
	}

	/**
	 * A file written in language 2 opens and checks as it is, with one warning; the warning's quick
	 * fix rewrites it in language 3 as {@code spintex migrate} would, and the warning goes.
	 */
	@Test
	void aLanguageTwoFileIsMigratedByTheQuickFixOnItsWarning() throws Exception {
		IFile file = project.getFile("old.spintex");
		String old = "// a library written before language 3\n\nmaterial Old {\n\tsaturation Ms = 800 kA/m\n\tdamping alpha = 0.02\n}\n";
		file.create(bytes(old), true, null);
		waitUntil("the warning on the language-2 file", Workbench.WAIT, () -> !olderLanguage(file).isEmpty());
		IMarker marker = olderLanguage(file).get(0);
		assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(3, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("spintex migrate"), marker.getAttribute(IMarker.MESSAGE, ""));
		org.eclipse.ui.IMarkerResolution[] fixes = org.eclipse.ui.ide.IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(1, fixes.length);
		assertEquals("Migrate this file to language 3 (spintex migrate)", fixes[0].getLabel());
		ui(() -> fixes[0].run(marker));
		assertEquals("// a library written before language 3\n\nspintex 3\n\nmaterial Old {\n\tsaturation Ms = 800 kA/m\n"
				+ "\tdamping alpha = 0.02\n}\n", new String(file.readAllBytes(), StandardCharsets.UTF_8));
		waitUntil("the warning to go", Workbench.WAIT, () -> olderLanguage(file).isEmpty() && problems(file).length == 0);
		assertEquals(1, file.getHistory(null).length, "the language-2 text stays in the local history");
		file.delete(true, null);
	}

	private static List<IMarker> olderLanguage(IFile file) {
		return Arrays.stream(problems(file)).filter(m -> org.spintex.dsl.validation.LanguageVersionValidator.OLDER_LANGUAGE
				.equals(m.getAttribute(ProblemMarkers.ISSUE_CODE, ""))).toList();
	}

	private static IMarker[] problems(IFile file) {
		try {
			return file.exists() ? file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO) : new IMarker[0];
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Opens the Problems view's groups so that the picture shows the message. */
	private static void expandProblems(org.eclipse.swt.widgets.Control control) {
		if (control instanceof org.eclipse.swt.widgets.Tree tree && tree.getColumnCount() > 0
				&& tree.getColumn(0).getText().equals("Description")) {
			for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
				// as a click on the twistie: the viewer creates the children on the Expand event
				org.eclipse.swt.widgets.Event expand = new org.eclipse.swt.widgets.Event();
				expand.item = item;
				tree.notifyListeners(org.eclipse.swt.SWT.Expand, expand);
				item.setExpanded(true);
			}
		} else if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				expandProblems(child);
			}
		}
	}

	private static List<IMarker> errors(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO))
					.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private static ByteArrayInputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
