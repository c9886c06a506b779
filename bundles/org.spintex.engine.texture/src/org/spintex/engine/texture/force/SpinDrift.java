package org.spintex.engine.texture.force;

import org.spintex.core.math.Vector3;
import org.spintex.core.physics.PhysicalConstants;
import org.spintex.input.CurrentInput;

/**
 * The spin-drift velocity v_s = (a³/2eS) j_s of seed 002 eq. (90): the velocity at which the adiabatic
 * spin-transfer torque carries any texture, along the flow of the electrons. In micromagnetic units
 * (ħS/a³ = M_s/γ, γħ/2 = µ_B) it is v_s = −u, u = P µ_B J / (e M_s) along the current density J, with
 * MuMax3's extra 1/(1 + β²) when the contact asks for that convention — the same u the micromagnetic
 * engine's Zhang–Li torque uses.
 */
public record SpinDrift(double xMetrePerSecond, double yMetrePerSecond) {

	public static final SpinDrift NONE = new SpinDrift(0, 0);

	/** v_s of a contact's current in a magnet of saturation magnetization M_s. */
	public static SpinDrift of(CurrentInput current, double msAmperePerMetre) {
		double factor = current.zhangLiConvention().velocityFactor(current.beta());
		Vector3 j = current.currentDensity();
		double u = -current.polarization() * PhysicalConstants.BOHR_MAGNETON / (PhysicalConstants.ELEMENTARY_CHARGE
				* msAmperePerMetre) * factor;
		return new SpinDrift(u * j.x(), u * j.y());
	}

	public double speed() {
		return Math.hypot(xMetrePerSecond, yMetrePerSecond);
	}
}
