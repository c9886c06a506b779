package org.spintex.engine.winding.dynamics;

import org.spintex.engine.winding.model.SpinHallContact;

/**
 * The electromotive force the precessing ends of the magnet exert on the circuit, reciprocal to the spin Hall
 * torque of eq. (6) (seed 001, refs. [15–17]): V = ϑ_0 ∂_tφ(0) − ϑ_L ∂_tφ(L). With it the power the current
 * delivers to the magnet, I·V, is exactly the work of the torques ϑI on the precessing ends, so that the energy of
 * the whole cycle balances.
 */
public final class SpinMotiveForce {

	private SpinMotiveForce() {
	}

	/** The back-EMF in volts, given the precession rates of the first and last cells. */
	public static double volts(SpinHallContact west, SpinHallContact east, double westRate, double eastRate) {
		return west.torquePerCurrent() * westRate - east.torquePerCurrent() * eastRate;
	}
}
