package org.spintex.engine.winding.model;

/**
 * The quasi-one-dimensional constants of seed 001's easy-plane wire on its cells and bonds: each is the bulk
 * constant times the cross-section S_m (seed 001, below eq. (3)). Bond b joins cell b to cell b + 1; on a loop
 * the last bond joins the last cell to the first.
 *
 * @param stiffness A of eq. (3) on each bond, J·m (twice the micromagnetic A_ex times S_m)
 * @param inverseSusceptibility 1/χ on each cell, m/(J·s²); 0 where the magnet has no easy plane to precess in
 * @param gilbert αs on each cell, J·s/m², the coefficient of the Rayleigh function R = αs(∂_tφ)²/2
 * @param landauLimit √(K/A_ex) on each cell, 1/m: the largest winding density the easy plane holds
 */
public record WireConstants(double[] stiffness, double[] inverseSusceptibility, double[] gilbert, double[] landauLimit) {

	public WireConstants {
		if (inverseSusceptibility.length != gilbert.length || gilbert.length != landauLimit.length) {
			throw new IllegalArgumentException("every cell needs a susceptibility, damping and Landau limit");
		}
		stiffness = stiffness.clone();
		inverseSusceptibility = inverseSusceptibility.clone();
		gilbert = gilbert.clone();
		landauLimit = landauLimit.clone();
	}

	public int cells() {
		return gilbert.length;
	}

	public int bonds() {
		return stiffness.length;
	}

	public double stiffness(int bond) {
		return stiffness[bond];
	}

	public double inverseSusceptibility(int cell) {
		return inverseSusceptibility[cell];
	}

	public double gilbert(int cell) {
		return gilbert[cell];
	}

	public double landauLimit(int cell) {
		return landauLimit[cell];
	}
}
