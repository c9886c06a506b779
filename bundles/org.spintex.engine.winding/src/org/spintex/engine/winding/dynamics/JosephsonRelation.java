package org.spintex.engine.winding.dynamics;

/**
 * The local Josephson relation of seed 001 eq. (5), ∂_tφ = ρ_s/χ: the order parameter precesses at the rate set
 * by the spin density along the hard axis. A cell holds the spin S = ρ_s a.
 */
public final class JosephsonRelation {

	private JosephsonRelation() {
	}

	/** ∂_tφ of a cell of length a holding the spin S. */
	public static double precessionRate(double spin, double inverseSusceptibility, double cellLength) {
		return spin * inverseSusceptibility / cellLength;
	}
}
