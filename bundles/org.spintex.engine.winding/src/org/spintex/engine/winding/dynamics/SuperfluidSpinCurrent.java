package org.spintex.engine.winding.dynamics;

/**
 * The collective spin current of an easy-plane magnet, I_s = −A ∂_xφ (seed 001 eq. (2)), on a bond of the chain:
 * I = −A Δφ / a, with the free energy A Δφ²/2a of eq. (3).
 *
 * <p>The twist Δφ of a bond is taken on the branch (−π, π]: the order parameter of neighbouring cells is defined
 * up to whole turns, and a bond whose twist passes π slips by 2π (a lattice phase slip). The energy is
 * continuous through the slip, since A π²/2a is the same on both branches; the current reverses. This is how a
 * gated region, whose stiffness is low, lets winding pass into the loop, and how the winding number of a loop
 * can change at all.
 */
public final class SuperfluidSpinCurrent {

	private SuperfluidSpinCurrent() {
	}

	/** φ_east − φ_west on the branch (−π, π]. */
	public static double twist(double phiWest, double phiEast) {
		double d = phiEast - phiWest;
		return d - 2 * Math.PI * Math.ceil((d - Math.PI) / (2 * Math.PI));
	}

	/** The spin current from the west to the east cell of a bond, J. */
	public static double current(double stiffness, double twist, double cellLength) {
		return -stiffness * twist / cellLength;
	}

	/** The winding energy A Δφ²/2a of a bond, J. */
	public static double energy(double stiffness, double twist, double cellLength) {
		return stiffness * twist * twist / (2 * cellLength);
	}
}
