package org.spintex.engine.drag.statics;

/**
 * Exchange, seed 000 eq. (25): (A/2)∫ ∂ᵢn·∂ᵢn d²r over the film's thickness d. Scale invariant in
 * 2D: for the hard-cutoff ansatz it is the constant 4πAd·C of eq. (29).
 */
public final class RadialExchangeEnergy implements RadialEnergyTerm {

	@Override
	public double excessEnergyJoule(ChiralFilm film, RadialProfile profile) {
		return film.thicknessMetre() * film.exchangeStiffnessJPerM() / 2 * RadialIntegrals.gradientSquared(profile);
	}
}
