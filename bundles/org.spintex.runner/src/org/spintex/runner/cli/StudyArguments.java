package org.spintex.runner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.spintex.compiler.CompiledPoint;
import org.spintex.runner.study.StudySelection;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The arguments that name what to compile — FILE, {@code --study}, {@code --set} — shared by compile and run as a picocli mixin. */
final class StudyArguments {

	@Parameters(index = "0", paramLabel = "FILE", description = "the device file")
	private Path file;

	@Option(names = "--study", paramLabel = "NAME", description = "the study (needed when the file has several)")
	private String study;

	@Option(names = "--set", paramLabel = "PATH=QUANTITY", description = "override a parameter, e.g. magnet.thickness=5nm")
	private List<String> sets = new ArrayList<>();

	/** The compiled points of the chosen study; see {@link StudySelection#compile}. */
	List<CompiledPoint> compile(PrintWriter err) {
		return StudySelection.compile(file, study, sets, err);
	}

	/** The compiled points and the device files they come from; see {@link StudySelection#select}. */
	StudySelection.Selection select(PrintWriter err) {
		return StudySelection.select(file, study, sets, err);
	}

	/** The words that compile the same points again, for a job script: the file's absolute path, the study, the --set values. */
	List<String> forTasks(String studyName) {
		List<String> words = new ArrayList<>(List.of(file.toAbsolutePath().normalize().toString(), "--study", studyName));
		sets.forEach(s -> words.addAll(List.of("--set", s)));
		return words;
	}

	Path file() {
		return file;
	}
}
