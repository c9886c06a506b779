package org.spintex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spintex.ui.tests.Workbench.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ltk.core.refactoring.PerformRefactoringOperation;
import org.eclipse.ltk.core.refactoring.CheckConditionsOperation;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.spintex.ui.editor.DeviceLanguage;
import org.spintex.ui.editor.refactoring.RenameElementRefactoring;

/** Rename (Alt+Shift+R) of a material from its use in a device file: both files change, one undo takes it back. */
class RenameTest {

	private static final String MATERIALS = "spintex 3\nmaterial Py { exchange A = 13 pJ/m  saturation Ms = 800 kA/m  damping alpha = 0.5 }\n";
	private static final String DEVICE = """
			spintex 3
			import "materials.spintex"
			device Small {
				film track { material Py  shape box  length 16 nm  width 16 nm  thickness 2 nm  cell 2 nm }
				contact west on track.west { }
				study settle : micromagnetic { film track  duration 1 ps  integrator heun  time-step 0.05 ps  demag off }
			}
			""";

	@Test
	void renamingAMaterialChangesEveryFileThatUsesIt() throws Exception {
		IProject project = Workbench.exampleProject("rename");
		IFile materials = create(project, "materials.spintex", MATERIALS);
		IFile device = create(project, "small.spintex", DEVICE);
		ITextEditor editor = Workbench.open(device);
		String text = ui(() -> Workbench.document(editor).get());
		RenameElementRefactoring refactoring = new RenameElementRefactoring(device, text, text.indexOf("material Py") + 10);
		assertEquals("Py", refactoring.currentName());
		refactoring.setNewName("Permalloy");
		Workbench.act(() -> new PerformRefactoringOperation(refactoring, CheckConditionsOperation.ALL_CONDITIONS)
				.run(new NullProgressMonitor()));
		String renamed = ui(() -> Workbench.document(editor).get());
		assertEquals(DEVICE.replace("material Py ", "material Permalloy "), renamed, "the open editor changed");
		Workbench.act(() -> editor.doSave(new NullProgressMonitor()));
		assertEquals(MATERIALS.replace("material Py", "material Permalloy"),
				new String(materials.getContents().readAllBytes(), StandardCharsets.UTF_8), "the imported file changed");
		// the language sees no broken reference in either file
		for (IFile file : List.of(device, materials)) {
			var issues = DeviceLanguage.validate(DeviceLanguage.parse(file.getLocation().toFile().toPath()),
					org.eclipse.xtext.util.CancelIndicator.NullImpl);
			assertTrue(issues.stream().noneMatch(i -> i.getMessage().contains("resolve")), file.getName() + ": " + issues);
		}
	}

	private static IFile create(IProject project, String name, String text) throws Exception {
		IFile file = project.getFile(name);
		if (!file.exists()) {
			file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		}
		return file;
	}
}
