package org.spintex.engine.drag.statics;

/**
 * Easy-axis anisotropy, seed 000 eq. (25): −(κ/2)∫ n_z² d²r, relative to the ground state n_z = 1:
 * (κ/2)·2π∫ sin²θ r dr with the film's κ = 2Kd.
 */
public final class RadialAnisotropyEnergy implements RadialEnergyTerm {

	@Override
	public double excessEnergyJoule(ChiralFilm film, RadialProfile profile) {
		double integral = RadialQuadrature.integrate(profile, r -> {
			double sin = Math.sin(profile.polarAngle(r));
			return sin * sin * r;
		});
		return film.anisotropyJPerM2() / 2 * 2 * Math.PI * integral;
	}
}
