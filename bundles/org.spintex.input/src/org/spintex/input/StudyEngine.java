package org.spintex.input;

/**
 * An engine as the runner sees it: it runs one compiled point of its study kind. Each engine bundle
 * registers its engines with a line in {@code META-INF/services/org.spintex.input.StudyEngine}; the runner
 * finds them by the input they take ({@link StudyEngines}) and names none of them.
 *
 * @param <I> the compiled input of its study kind
 */
public interface StudyEngine<I extends StudyInput> {

	/** The inputs this engine runs; no two registered engines take the same type. */
	Class<I> inputType();

	/**
	 * Runs one point: results go to {@code context.sink()}, and the engine stops when
	 * {@code context.control()} says so.
	 */
	void run(I input, EngineContext context);
}
