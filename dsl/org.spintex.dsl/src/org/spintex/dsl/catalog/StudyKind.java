package org.spintex.dsl.catalog;

import java.util.Set;

import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Part;
import org.spintex.dsl.spintex.Study;

/**
 * A kind of study as the language knows it: the word after {@code study NAME :}, the catalog entry of its
 * properties and links, and the parts of its device it reads. The six kinds of the seeds are built in; a
 * bundle adds one by registering an implementation (normally of the compiler's {@code StudyKindPlugin}, which
 * also compiles and runs it) with a line in {@code META-INF/services/org.spintex.dsl.catalog.StudyKind}.
 * Validation, content assist, hovers, the language reference and the unit rule read every kind alike.
 */
public interface StudyKind {

	/** The kind's word, e.g. "micromagnetic": a lower-case name, hyphens inside. */
	String name();

	/** Its properties (with units, ranges, defaults and meanings) and links; the title is "study NAME". */
	ElementSchema schema();

	/**
	 * The parts of {@code device} a study of this kind reads besides the ones it links (those always count):
	 * any other part is reported as unused. None by default.
	 */
	default Set<Part> partsRead(Study study, Device device) {
		return Set.of();
	}
}
