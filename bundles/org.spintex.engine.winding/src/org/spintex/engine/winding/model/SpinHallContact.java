package org.spintex.engine.winding.model;

import org.spintex.core.physics.PhysicalConstants;
import org.spintex.input.SpinHallContactInput;

/**
 * A metal wire on one end of the magnet, as it enters seed 001's boundary condition (6): the spin Hall torque
 * ϑI it exerts and the spin pumping g∂_tφ it absorbs, and its resistance in the circuit.
 *
 * @param torquePerCurrent ϑ = (ħ/2e)(S_c/S_w) tan θ_SH, J/A
 * @param pumping g = (ħ/4π) g↑↓, J·s, with g↑↓ the contact's whole spin-mixing conductance in channels
 */
public record SpinHallContact(String name, double torquePerCurrent, double pumping, double resistanceOhm) {

	/** Seed 001 eq. (6) from the contact's geometry and interface. */
	public static SpinHallContact of(SpinHallContactInput contact) {
		double hbar = PhysicalConstants.HBAR;
		double vartheta = hbar / (2 * PhysicalConstants.ELEMENTARY_CHARGE) * contact.areaM2() / contact.wireCrossSectionM2()
				* Math.tan(contact.spinHallAngle());
		double g = hbar / (4 * Math.PI) * contact.mixingConductancePerM2() * contact.areaM2();
		return new SpinHallContact(contact.name(), vartheta, g, contact.resistanceOhm());
	}
}
