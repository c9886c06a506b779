package org.spintex.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.spintex.dsl.SpintexStandaloneSetup;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Model;
import org.spintex.dsl.spintex.Study;

/** Loads a device file of the repository's examples, checks it parses cleanly and compiles its first study. */
final class ExampleFiles {

	private ExampleFiles() {
	}

	static Path example(String relative) {
		return Path.of("../../examples", relative).toAbsolutePath().normalize();
	}

	static List<CompiledPoint> compile(Path file) {
		XtextResourceSet rs = new SpintexStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(XtextResourceSet.class);
		XtextResource r = (XtextResource) rs.getResource(URI.createFileURI(file.toString()), true);
		EcoreUtil.resolveAll(rs);
		assertEquals(List.of(), r.getErrors());
		Model model = (Model) r.getContents().get(0);
		Device device = model.getElements().stream().filter(Device.class::isInstance).map(Device.class::cast).findFirst().orElseThrow();
		Study study = device.getParts().stream().filter(Study.class::isInstance).map(Study.class::cast).findFirst().orElseThrow();
		return new StudyCompiler().compile(study, List.of());
	}
}
