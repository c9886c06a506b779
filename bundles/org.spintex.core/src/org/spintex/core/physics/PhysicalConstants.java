package org.spintex.core.physics;

/**
 * Physical constants in SI units: the exact defining constants of the 2019 SI and the CODATA
 * 2018 recommended values (Tiesinga et al., Rev. Mod. Phys. 93, 025010 (2021)).
 */
public final class PhysicalConstants {

	private PhysicalConstants() {
	}

	/** Elementary charge e in C (exact). */
	public static final double ELEMENTARY_CHARGE = 1.602176634e-19;

	/** Planck constant h in J s (exact). */
	public static final double PLANCK = 6.62607015e-34;

	/** Reduced Planck constant ħ = h/2π in J s. */
	public static final double HBAR = PLANCK / (2 * Math.PI);

	/** Boltzmann constant k_B in J/K (exact). */
	public static final double BOLTZMANN = 1.380649e-23;

	/** Vacuum magnetic permeability µ0 in N/A² (CODATA 2018; no longer exactly 4π·10⁻⁷). */
	public static final double MU0 = 1.25663706212e-6;

	/** Electron mass in kg (CODATA 2018). */
	public static final double ELECTRON_MASS = 9.1093837015e-31;

	/** Bohr magneton µB = eħ/2mₑ in J/T. */
	public static final double BOHR_MAGNETON = ELEMENTARY_CHARGE * HBAR / (2 * ELECTRON_MASS);

	/** Magnitude of the free-electron g-factor (CODATA 2018). */
	public static final double ELECTRON_G_FACTOR = 2.00231930436256;

	/** Free-electron gyromagnetic ratio |γₑ| = gₑµB/ħ in rad/(s T). */
	public static final double ELECTRON_GYROMAGNETIC_RATIO = ELECTRON_G_FACTOR * BOHR_MAGNETON / HBAR;

	/**
	 * The gyromagnetic ratio γ0 = 1.7595·10¹¹ rad/(s T) that MuMax3 and OOMMF use by default
	 * (g = 2), our default too unless a material sets its own, so that standard problems compare.
	 */
	public static final double GAMMA0_DEFAULT = 1.7595e11;
}
