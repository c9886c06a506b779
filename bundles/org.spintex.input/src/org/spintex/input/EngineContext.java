package org.spintex.input;

import java.util.Optional;

import org.spintex.core.results.Checkpoint;
import org.spintex.core.results.FieldSnapshot;
import org.spintex.core.results.ResultSink;
import org.spintex.core.results.RunControl;

/**
 * What a run gives an engine besides its input.
 *
 * @param sink where the results go
 * @param control cancellation and progress
 * @param threads how many threads the point may use for its own parallel loops (results never depend on it)
 * @param resume the checkpoint a time-stepping engine continues from, when the run resumes
 * @param fieldFiles reads the field files an input names (an initial state from OVF); engines do no I/O
 */
public record EngineContext(ResultSink sink, RunControl control, int threads, Optional<Checkpoint> resume,
		FieldFileReader fieldFiles) {

	public EngineContext {
		if (threads < 1) {
			throw new IllegalArgumentException("a point needs at least one thread, got " + threads);
		}
	}

	/** Reads a field file named by an input. */
	@FunctionalInterface
	public interface FieldFileReader {

		/** The snapshot in the file at {@code path} (absolute, as compiled). */
		FieldSnapshot read(String path);
	}
}
