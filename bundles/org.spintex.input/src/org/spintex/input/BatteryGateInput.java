package org.spintex.input;

/**
 * A gate over part of a winding battery's wire: where it acts, along the wire from the west contact, and the
 * magnet under it while it acts (seed 001: the gate suppresses the superflow it covers).
 */
public record BatteryGateInput(String name, double fromMetre, double toMetre, MagnetMaterialInput gated) {

	public BatteryGateInput {
		Checks.finite("start of gate " + name, fromMetre);
		Checks.finite("end of gate " + name, toMetre);
		if (!(toMetre > fromMetre)) {
			throw new IllegalArgumentException("gate " + name + " must have a positive width");
		}
	}
}
