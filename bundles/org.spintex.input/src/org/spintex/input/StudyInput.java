package org.spintex.input;

/**
 * What the compiler hands to an engine for one study (one sweep point): immutable, in SI units,
 * free of any modelling-framework type, with a stable JSON form (its record components). Each study kind
 * has its record, run by the {@link StudyEngine} registered for it; a study kind in another bundle brings
 * its own record.
 */
public interface StudyInput {

	/** The device the study belongs to. */
	String device();

	/** The study's name in the device file. */
	String study();

	/** The engine keyword of the study, e.g. "topological-drag". */
	String engine();

	/** How the field snapshots of this study are written; the runner writes them, engines only hand them over. */
	default FieldFileFormat fieldFileFormat() {
		return FieldFileFormat.DEFAULT;
	}
}
