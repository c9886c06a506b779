package org.spintex.engine.macrospin.berry;

/**
 * The gyromagnetic ratio of the magnet coupled to electrons, relative to its own: γ/γ_f = 1/(1 + γ_f/γ_s), seed 003
 * eqs. (2.33)–(2.34), where γ_s = m/(ħΩ) comes from the Berry curvature Ω of the occupied electron states in
 * magnetization space (eq. (2.16)). Every term of the LLG equation, torques included (eq. (2.26)), carries γ, so the
 * renormalisation scales the whole rate ṁ.
 */
@FunctionalInterface
public interface GyromagneticRatio {

	/** The magnet by itself: γ = γ_f. */
	GyromagneticRatio UNRENORMALISED = (mx, my, mz) -> 1;

	/** γ(m)/γ_f for the unit vector m. */
	double factor(double mx, double my, double mz);
}
