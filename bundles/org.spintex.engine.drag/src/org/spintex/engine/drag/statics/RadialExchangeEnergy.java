package org.spintex.engine.drag.statics;

/**
 * Exchange, seed 000 eq. (25): (A/2)∫ ∂ᵢn·∂ᵢn d²r with the film's A = 2A_ex d. Scale invariant in 2D: for the
 * hard-cutoff ansatz it is the constant 4πA·C of eq. (29).
 */
public final class RadialExchangeEnergy implements RadialEnergyTerm {

	@Override
	public double excessEnergyJoule(ChiralFilm film, RadialProfile profile) {
		return film.exchangeJoule() / 2 * RadialIntegrals.gradientSquared(profile);
	}
}
