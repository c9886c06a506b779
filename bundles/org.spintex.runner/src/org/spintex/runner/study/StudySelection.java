package org.spintex.runner.study;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.spintex.compiler.CompileException;
import org.spintex.compiler.CompiledPoint;
import org.spintex.compiler.ParameterAssignment;
import org.spintex.compiler.ParameterPaths;
import org.spintex.compiler.StudyCompiler;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Model;
import org.spintex.dsl.spintex.Study;

/**
 * What {@code compile} and {@code run} share: load and validate the file, choose the study, apply
 * {@code --set}, compile the points. Bad input ends in {@link BadInput} with a message for the user.
 */
public final class StudySelection {

	/** The user's input cannot be compiled; the message says why (diagnostics are already printed). */
	public static final class BadInput extends RuntimeException {
		private static final long serialVersionUID = 1L;

		public BadInput(String message) {
			super(message);
		}
	}

	private StudySelection() {
	}

	/** The compiled points of a study, and the device files they were compiled from (the file and its imports). */
	public record Selection(List<CompiledPoint> points, List<Path> files) {
	}

	public static List<CompiledPoint> compile(Path file, String studyName, List<String> sets, PrintWriter diagnostics) {
		return select(file, studyName, sets, diagnostics).points();
	}

	public static Selection select(Path file, String studyName, List<String> sets, PrintWriter diagnostics) {
		if (!Files.isRegularFile(file)) {
			throw new BadInput(file + ": error: no such file");
		}
		DeviceFiles.Loaded loaded = new DeviceFiles().check(file);
		loaded.issues().stream().filter(i -> i.getSeverity() != Severity.INFO)
				.forEach(i -> diagnostics.println(DeviceFiles.format(file, i)));
		if (loaded.hasErrors()) {
			throw new BadInput(file + " has errors; fix them first (spintex check " + file + ")");
		}
		Study study = study(model(loaded), studyName, file);
		Device device = (Device) study.eContainer();
		try {
			List<ParameterAssignment> assignments = sets.stream().map(s -> ParameterPaths.parse(s, device)).toList();
			return new Selection(new StudyCompiler().compile(study, assignments), RunProvenance.filesOf(loaded.resource()));
		} catch (CompileException e) {
			throw new BadInput(file + ": error: " + e.getMessage());
		}
	}

	/** The file's model; an empty file (nothing but blanks and comments) is an empty model. */
	public static Model model(DeviceFiles.Loaded loaded) {
		var contents = loaded.resource().getContents();
		return contents.isEmpty() ? org.spintex.dsl.spintex.SpintexFactory.eINSTANCE.createModel() : (Model) contents.get(0);
	}

	/** The studies a file declares, in file order (those of every device). */
	public static List<Study> studies(Model model) {
		return model.getElements().stream().filter(Device.class::isInstance)
				.flatMap(d -> ((Device) d).getParts().stream()).filter(Study.class::isInstance).map(Study.class::cast)
				.toList();
	}

	private static Study study(Model model, String name, Path file) {
		List<Study> studies = studies(model);
		List<String> names = studies.stream().map(Study::getName).toList();
		if (name == null) {
			if (studies.size() != 1) {
				throw new BadInput(file + ": " + (studies.isEmpty() ? "has no study to run"
						: "has studies " + String.join(", ", names) + "; choose one with --study"));
			}
			return studies.get(0);
		}
		return studies.stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow(() -> new BadInput(
				file + ": no study '" + name + "'; studies: " + String.join(", ", names)));
	}
}
