package org.spintex.compiler;

import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Study;
import org.spintex.input.StudyInput;

/** Compiles a validated study of one kind into its engine's input (one sweep point, parameters already applied). */
@FunctionalInterface
public interface StudyKindCompiler {

	/**
	 * The input of {@code study}, in SI units, with every default decided.
	 *
	 * @throws CompileException when the model cannot be compiled (what the validator cannot see)
	 * @throws IllegalArgumentException when an input record refuses a value
	 */
	StudyInput compile(Device device, Study study);
}
