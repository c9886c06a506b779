package org.spintex.input;

/**
 * The conduction electrons of a ferromagnetic metal as seed 002 models them: a parabolic band split by
 * the exchange, with Fermi wavevectors k_F± = k_F(1 ± ζ) (seed 002 eq. (36)) and a Boltzmann resistivity.
 *
 * @param fermiWavevectorPerMetre k_F = (k_F+ + k_F−)/2
 * @param spinSplitting ζ = (k_F+ − k_F−)/(k_F+ + k_F−), between 0 and 1
 * @param resistivityOhmMetre ρ₀ = 1/σ₀, the Boltzmann resistivity without texture
 */
public record ElectronGasInput(double fermiWavevectorPerMetre, double spinSplitting, double resistivityOhmMetre) {

	public ElectronGasInput {
		Checks.positive("Fermi wavevector", fermiWavevectorPerMetre);
		if (!(spinSplitting >= 0 && spinSplitting < 1)) {
			throw new IllegalArgumentException("the spin splitting ζ must lie in [0, 1), got " + spinSplitting);
		}
		Checks.positive("resistivity", resistivityOhmMetre);
	}
}
