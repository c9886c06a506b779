package org.spintex.dsl.catalog;

import java.util.Set;

import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Part;
import org.spintex.dsl.spintex.Study;

/** One of the study kinds the language ships with: its entry in {@link PropertyCatalog}. */
record BuiltInStudyKind(String name, ElementSchema schema) implements StudyKind {

	@Override
	public Set<Part> partsRead(Study study, Device device) {
		return PartsRead.builtIn(name, study, device);
	}
}
