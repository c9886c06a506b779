package org.spintex.engine.texture.force;

/**
 * The total force of a current on a texture, seed 002 eq. (87): F = F^na + F^β + F^ad — reflection and
 * spin relaxation push along the electron flow, the topological force across it.
 */
public record CurrentForces(Force reflection, Force beta, Force adiabatic) {

	public Force total() {
		return reflection.plus(beta).plus(adiabatic);
	}
}
