package org.spintex.runner.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.spintex.compiler.StudyKindPlugins;
import org.spintex.core.results.Checkpoint;
import org.spintex.core.results.FieldSnapshot;
import org.spintex.core.results.RunControl;
import org.spintex.input.EngineContext;
import org.spintex.input.StudyEngine;
import org.spintex.input.StudyInput;
import org.spintex.io.ovf.OvfReader;

/**
 * Hands a compiled input to the engine registered for its study kind, with the files it names read
 * through the OVF reader; the runner names no engine.
 */
final class Engines {

	private Engines() {
	}

	/**
	 * Runs one point; {@code threads} is what the point may use for its own parallel loops. A
	 * time-stepping engine continues from {@code resume} when there is one.
	 *
	 * @throws IllegalStateException when no engine is registered for the input (a bundle is missing)
	 */
	static <I extends StudyInput> void run(I input, PointRecorder sink, RunControl control, int threads, Checkpoint resume) {
		StudyEngine<I> engine = StudyKindPlugins.engine(input).orElseThrow(() -> new IllegalStateException(
				"no engine runs study kind '" + input.engine() + "' (" + input.getClass().getName()
						+ "): the bundle that registers it is not installed"));
		sink.setFieldFormat(input.fieldFileFormat());
		engine.run(input, new EngineContext(sink, control, threads, Optional.ofNullable(resume), Engines::fieldFile));
	}

	private static FieldSnapshot fieldFile(String path) {
		try {
			return OvfReader.read(Files.readAllBytes(Path.of(path)));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the initial state " + path + ": " + e.getMessage(), e);
		}
	}
}
