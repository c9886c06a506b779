package org.spintex.engine.drag.statics;

/**
 * Exchange, seed 000 eq. (25): (A/2)∫ ∂ᵢn·∂ᵢn d²r = d·(A/2)·2π∫ (θ'² + sin²θ/r²) r dr for a radial
 * texture. Scale invariant in 2D: for the hard-cutoff ansatz it is the constant 4πA·C of eq. (29).
 */
public final class RadialExchangeEnergy implements RadialEnergyTerm {

	@Override
	public double excessEnergyJoule(ChiralFilm film, RadialProfile profile) {
		double integral = RadialQuadrature.integrate(profile, r -> {
			double dTheta = profile.polarAngleDerivative(r);
			double sin = Math.sin(profile.polarAngle(r));
			return dTheta * dTheta * r + sin * sin / r;
		});
		return film.thicknessMetre() * film.exchangeStiffnessJPerM() / 2 * 2 * Math.PI * integral;
	}
}
