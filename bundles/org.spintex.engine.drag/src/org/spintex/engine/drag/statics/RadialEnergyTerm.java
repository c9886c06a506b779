package org.spintex.engine.drag.statics;

/**
 * One term of the skyrmion energy functional, seed 000 eq. (25)–(26), evaluated on a radial
 * profile: the energy in joule of the film with the texture minus that of the uniform ground state.
 */
public interface RadialEnergyTerm {

	double excessEnergyJoule(ChiralFilm film, RadialProfile profile);
}
