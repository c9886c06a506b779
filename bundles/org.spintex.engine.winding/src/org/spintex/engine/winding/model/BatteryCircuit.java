package org.spintex.engine.winding.model;

/**
 * The electric circuit through the two metal wires, in series (seed 001 Fig. 1): a current source while charging,
 * open while storing, the load while discharging. It has no inductance, so its current follows the spin-motive
 * force at once.
 */
public record BatteryCircuit(SpinHallContact west, SpinHallContact east, double chargingCurrentAmpere, double loadResistanceOhm) {

	/** The combined resistance R of the metal wires, seed 001 eq. (9). */
	public double wireResistanceOhm() {
		return west.resistanceOhm() + east.resistanceOhm();
	}

	/**
	 * The current through both contacts in {@code phase}, given the spin-motive force the magnet exerts on the
	 * circuit. A discharge with neither load nor wire resistance would short the magnet; its current is then 0 (the
	 * compiler refuses such a device).
	 */
	public double current(CyclePhase phase, double spinMotiveForceVolt) {
		return switch (phase) {
		case CHARGE -> chargingCurrentAmpere;
		case STORE -> 0;
		case DISCHARGE -> {
			double resistance = wireResistanceOhm() + loadResistanceOhm;
			yield resistance > 0 ? -spinMotiveForceVolt / resistance : 0;
		}
		};
	}
}
