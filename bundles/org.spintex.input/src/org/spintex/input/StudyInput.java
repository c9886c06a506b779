package org.spintex.input;

/**
 * What the compiler hands to an engine for one study (one sweep point): immutable, in SI units,
 * free of any modelling-framework type, with a stable JSON form. Each engine family has its record.
 */
public sealed interface StudyInput permits TopologicalDragInput, MicromagneticInput, GeometricTorqueInput,
		WindingBatteryInput, TextureForcesInput, SpinOrbitInput {

	/** The device the study belongs to. */
	String device();

	/** The study's name in the device file. */
	String study();

	/** The engine keyword of the study, e.g. "topological-drag". */
	String engine();
}
