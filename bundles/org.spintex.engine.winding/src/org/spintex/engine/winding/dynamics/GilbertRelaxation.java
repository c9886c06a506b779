package org.spintex.engine.winding.dynamics;

/**
 * Gilbert damping in the spin hydrodynamics, the right-hand side of seed 001 eq. (1): the spin density relaxes at
 * ρ_s/τ_α with τ_α⁻¹ = αs/χ, i.e. a cell of length a loses spin at αs a ∂_tφ and dissipates the Rayleigh power
 * αs a (∂_tφ)².
 */
public final class GilbertRelaxation {

	private GilbertRelaxation() {
	}

	/** The spin a cell loses per second, J. */
	public static double spinLoss(double gilbert, double cellLength, double precessionRate) {
		return gilbert * cellLength * precessionRate;
	}

	/** The power a cell dissipates, W. */
	public static double dissipation(double gilbert, double cellLength, double precessionRate) {
		return gilbert * cellLength * precessionRate * precessionRate;
	}
}
