package org.spintex.engine.negf.study;

/**
 * The parts of the electrons' density matrix whose torques the study reports: seed 004 eqs. (3a)–(3d),
 * their first-order sum (the spin-transfer torque of eq. (4)), the exact ρ and its non-equilibrium part.
 */
enum Contribution {
	ADIABATIC("adiabatic"), GEOMETRIC("geometric"), FERMI_SEA("fermi-sea"), FERMI_SURFACE("fermi-surface"),
	FIRST_ORDER("first-order"), EXACT("exact"), NONEQUILIBRIUM("nonequilibrium");

	final String label;

	Contribution(String label) {
		this.label = label;
	}
}
