package org.spintex.input;

/**
 * A metal wire on one end of a winding battery: its spin Hall torque and spin pumping (seed 001 eq. (6)) and
 * its resistance in the circuit.
 *
 * @param areaM2 S_c, the spin Hall contact area with the magnet
 * @param wireCrossSectionM2 S_w, the metal wire's cross-section transverse to its current
 * @param mixingConductancePerM2 the real spin-mixing conductance per area, in channels (units of e²/h) per m²
 */
public record SpinHallContactInput(String name, double spinHallAngle, double areaM2, double wireCrossSectionM2,
		double mixingConductancePerM2, double resistanceOhm) {

	public SpinHallContactInput {
		Checks.finite("spin Hall angle of " + name, spinHallAngle);
		Checks.positive("contact area of " + name, areaM2);
		Checks.positive("wire cross-section of " + name, wireCrossSectionM2);
		Checks.nonNegative("spin-mixing conductance of " + name, mixingConductancePerM2);
		Checks.nonNegative("resistance of " + name, resistanceOhm);
	}
}
