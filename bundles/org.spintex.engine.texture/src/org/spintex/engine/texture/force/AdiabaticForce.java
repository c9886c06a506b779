package org.spintex.engine.texture.force;

import org.spintex.core.collective.ThieleTensors;

/**
 * The topological (adiabatic) force of seed 002 eq. (62), F_j = 2π Σᵢ (j_si/e) Φ_ij: perpendicular to
 * the current and proportional to the vortex number, the back-reaction of the Hall effect of spin
 * chirality (eq. (78)). In the Thiele form it is the gyrotropic force of the spin drift, F = g ẑ × v_s
 * (the P(a³/2eS) j × g of eq. (87)), which makes the texture flow with the electrons.
 */
public final class AdiabaticForce {

	private AdiabaticForce() {
	}

	public static Force of(ThieleTensors thiele, SpinDrift drift) {
		double g = thiele.gyrotropicKgPerS();
		return new Force(-g * drift.yMetrePerSecond(), g * drift.xMetrePerSecond());
	}
}
