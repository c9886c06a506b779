package org.spintex.compiler;

import org.spintex.dsl.catalog.StudyKind;
import org.spintex.input.StudyEngine;
import org.spintex.input.StudyInput;

/**
 * A study kind brought by a bundle, whole: its word and catalog entry ({@link StudyKind}), its compiler from
 * the model and its engine. The bundle registers it with one line, its class name, in
 * {@code META-INF/services/org.spintex.dsl.catalog.StudyKind}; the language, the compiler, the runner, the
 * command line and the workbench then know the kind, and none of them names it. Its input record
 * implements {@link StudyInput} (its JSON form and hash are its record components).
 */
public interface StudyKindPlugin extends StudyKind, StudyKindCompiler {

	/** The engine that runs the inputs {@link #compile} returns. */
	StudyEngine<? extends StudyInput> engine();
}
