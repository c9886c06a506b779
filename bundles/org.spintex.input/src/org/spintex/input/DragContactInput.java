package org.spintex.input;

import java.util.OptionalDouble;
/**
 * A metal contact of seed 000's two-terminal device.
 *
 * @param currentAmpere I through the contact (0 for the detector)
 * @param polarization P, the charge-to-spin conversion efficiency of eqs. (9), (11)
 * @param annihilationVelocityMPerS γ̄ of eq. (21), the escape velocity of skyrmions into the contact
 * @param resistanceOhm R of eq. (38), the resistance that turns the pumped EMF into a current; empty for the
 *        injector, whose circuit the model does not need
 */
public record DragContactInput(String name, double currentAmpere, double polarization,
		double annihilationVelocityMPerS, OptionalDouble resistanceOhm) {

	public DragContactInput {
		Checks.finite("current", currentAmpere);
		if (!(Math.abs(polarization) <= 1)) {
			throw new IllegalArgumentException("polarization must lie in [-1, 1], got " + polarization);
		}
		Checks.positive("annihilation velocity", annihilationVelocityMPerS);
		resistanceOhm.ifPresent(r -> Checks.positive("resistance", r));
	}
}
