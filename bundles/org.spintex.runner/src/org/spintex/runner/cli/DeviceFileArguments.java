package org.spintex.runner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.spintex.dsl.migration.LanguageVersion;
import org.spintex.dsl.spintex.Model;
import org.spintex.runner.study.DeviceFiles;

/**
 * The device files a command works on: files as given, and every {@code .spintex} file under a
 * folder (in path order, so output is stable), so that {@code spintex check examples/} covers a
 * whole tree of files, whatever language each is written in; and how {@code fmt} and {@code migrate}
 * load a file they may rewrite.
 */
final class DeviceFileArguments {

	static final String EXTENSION = ".spintex";

	private DeviceFileArguments() {
	}

	/** A file that parsed without syntax errors, in a language this Spintex reads. */
	record Rewritable(Path file, XtextResource resource, String text, int version) {
	}

	/**
	 * The file parsed for rewriting ({@code fmt}, {@code migrate}); otherwise empty, with the reason printed
	 * as {@code file:line:column: error: …}: no such file, a syntax error, a language newer than this Spintex.
	 */
	static Optional<Rewritable> rewritable(Path file, DeviceFiles loader, PrintWriter out) throws IOException {
		if (!Files.isRegularFile(file)) {
			out.println(file + ": error: no such file");
			return Optional.empty();
		}
		XtextResource resource = loader.load(file).resource();
		if (!resource.getErrors().isEmpty()) {
			resource.getErrors().forEach(e -> out.println(file + ":" + e.getLine() + ":" + e.getColumn() + ": error: "
					+ e.getMessage()));
			return Optional.empty();
		}
		int version = LanguageVersion.of((Model) resource.getContents().get(0));
		if (version > LanguageVersion.CURRENT) {
			out.println(file + ": error: written in language " + version + ", newer than this Spintex (language "
					+ LanguageVersion.CURRENT + "): update Spintex");
			return Optional.empty();
		}
		return Optional.of(new Rewritable(file, resource, Files.readString(file), version));
	}

	static List<Path> expand(List<Path> arguments) {
		List<Path> files = new ArrayList<>();
		for (Path argument : arguments) {
			if (Files.isDirectory(argument)) {
				try (Stream<Path> tree = Files.walk(argument)) {
					tree.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p)).sorted()
							.forEach(files::add);
				} catch (IOException e) {
					throw new UncheckedIOException("cannot list " + argument, e);
				}
			} else {
				files.add(argument);
			}
		}
		return files;
	}
}
