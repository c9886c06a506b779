package org.spintex.engine.winding.dynamics;

import org.spintex.engine.winding.model.SpinHallContact;

/**
 * The spin current a metal contact exchanges with the magnet's end, seed 001 eq. (6):
 * −A∂_xφ = τ = ∓g∂_tφ + ϑI at x = 0, L. The west contact injects τ_0 = ϑI − g∂_tφ; the east contact, polarised
 * oppositely, takes up τ_L = ϑI + g∂_tφ. The g terms are spin pumping into the metal, the ϑ terms the spin Hall
 * torque of the current I.
 */
public final class SpinHallBoundaryTorque {

	private SpinHallBoundaryTorque() {
	}

	/** The spin current the west contact injects into the first cell, J. */
	public static double injected(SpinHallContact west, double currentAmpere, double precessionRate) {
		return west.torquePerCurrent() * currentAmpere - west.pumping() * precessionRate;
	}

	/** The spin current the east contact takes out of the last cell, J. */
	public static double absorbed(SpinHallContact east, double currentAmpere, double precessionRate) {
		return east.torquePerCurrent() * currentAmpere + east.pumping() * precessionRate;
	}

	/** The power the spin pumping of a contact dissipates, g(∂_tφ)², W. */
	public static double pumpingLoss(SpinHallContact contact, double precessionRate) {
		return contact.pumping() * precessionRate * precessionRate;
	}
}
