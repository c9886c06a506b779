package org.spintex.engine.drag.statics;

/**
 * Interfacial DMI, seed 000 eq. (26): D∫ (n_z ∇·n − n·∇n_z) d²r with the film's D = D_ex d. For the Néel
 * texture n = (sin θ r̂, cos θ) the integrand is θ' + sin θ cos θ / r, so the energy is
 * D·2π∫ (θ' r + sin θ cos θ) dr, negative for the chirality that D &gt; 0 favours.
 */
public final class RadialInterfacialDmiEnergy implements RadialEnergyTerm {

	@Override
	public double excessEnergyJoule(ChiralFilm film, RadialProfile profile) {
		double integral = RadialQuadrature.integrate(profile, r -> {
			double theta = profile.polarAngle(r);
			return profile.polarAngleDerivative(r) * r + Math.sin(theta) * Math.cos(theta);
		});
		return film.dmiJPerM() * 2 * Math.PI * integral;
	}
}
