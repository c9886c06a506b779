package org.spintex.input;

/**
 * The exchange between two films across a non-magnetic spacer (RKKY through Ru, Cu, …), as an energy per area of
 * the facing surfaces, E/S = −σ m₁·m₂ − σ₂ (m₁·m₂)², m₁ the top layer of the lower film and m₂ the bottom layer of the
 * upper film at the same (x, y). σ > 0 aligns the films (ferromagnetic coupling), σ < 0 sets them antiparallel (a
 * synthetic antiferromagnet); σ₂ < 0 favours them perpendicular. OOMMF's two-surface exchange and Ubermag's RKKY term
 * write the same energy up to a constant.
 *
 * @param name the coupling's name in the device file
 * @param lowerFilm the film below the spacer
 * @param upperFilm the film above it
 * @param bilinearJPerM2 σ
 * @param biquadraticJPerM2 σ₂
 */
public record InterlayerCouplingInput(String name, String lowerFilm, String upperFilm, double bilinearJPerM2,
		double biquadraticJPerM2) {

	public InterlayerCouplingInput {
		Checks.finite("bilinear coupling", bilinearJPerM2);
		Checks.finite("biquadratic coupling", biquadraticJPerM2);
		if (lowerFilm.equals(upperFilm)) {
			throw new IllegalArgumentException("coupling " + name + " needs two different films, got " + lowerFilm + " twice");
		}
	}
}
