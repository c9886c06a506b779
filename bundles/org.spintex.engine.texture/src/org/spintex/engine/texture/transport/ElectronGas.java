package org.spintex.engine.texture.transport;

import static org.spintex.core.physics.PhysicalConstants.ELECTRON_MASS;
import static org.spintex.core.physics.PhysicalConstants.HBAR;

import org.spintex.input.ElectronGasInput;

/**
 * Seed 002's conduction electrons: free electrons (mass m_e) in a parabolic band split by the exchange,
 * k_F± = k_F(1 ± ζ) (eq. (36)), spin-resolved densities n± = k_F±³/6π², total n = n₊ + n₋ and the
 * polarisation P = (n₊ − n₋)/n of eq. (77). The splitting 2Δ = ħ²(k_F+² − k_F−²)/2m = 4ζε_F follows from
 * the band.
 */
public record ElectronGas(ElectronGasInput input) {

	public double majorityWavevector() {
		return input.fermiWavevectorPerMetre() * (1 + input.spinSplitting());
	}

	public double minorityWavevector() {
		return input.fermiWavevectorPerMetre() * (1 - input.spinSplitting());
	}

	/** n = n₊ + n₋ in 1/m³. */
	public double density() {
		return cube(majorityWavevector()) / (6 * Math.PI * Math.PI) + cube(minorityWavevector()) / (6 * Math.PI * Math.PI);
	}

	/** P = (n₊ − n₋)/n. */
	public double polarization() {
		double plus = cube(majorityWavevector()), minus = cube(minorityWavevector());
		return (plus - minus) / (plus + minus);
	}

	/** ε_F = ħ²k_F²/2m in J. */
	public double fermiEnergy() {
		double k = input.fermiWavevectorPerMetre();
		return HBAR * HBAR * k * k / (2 * ELECTRON_MASS);
	}

	/** Δ, half the exchange splitting of the band bottoms, in J: ε_F₊ − ε_F₋ = 2Δ at one Fermi energy. */
	public double exchangeSplitting() {
		double kp = majorityWavevector(), km = minorityWavevector();
		return HBAR * HBAR * (kp * kp - km * km) / (4 * ELECTRON_MASS);
	}

	public double resistivity() {
		return input.resistivityOhmMetre();
	}

	private static double cube(double x) {
		return x * x * x;
	}
}
