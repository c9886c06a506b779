package org.spintex.engine.texture.force;

import org.spintex.core.math.Vector3;
import org.spintex.core.physics.PhysicalConstants;

/**
 * The non-adiabatic force of electron reflection, seed 002 eq. (58): F^na = e N_e ρ_S j, the momentum
 * 2k_Fħ that every electron reflected by the texture hands to it (eq. (76)), along the electrons' flow,
 * i.e. against the current density J. N_e = nV electrons share the texture's resistivity ρ_S.
 */
public final class ReflectionForce {

	private ReflectionForce() {
	}

	/**
	 * @param electronCount N_e, the conduction electrons of the film
	 * @param textureResistivityOhmMetre ρ_S, the resistivity the texture adds
	 */
	public static Force of(double electronCount, double textureResistivityOhmMetre, Vector3 currentDensity) {
		double f = -PhysicalConstants.ELEMENTARY_CHARGE * electronCount * textureResistivityOhmMetre;
		return new Force(f * currentDensity.x(), f * currentDensity.y());
	}
}
