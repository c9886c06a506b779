package org.spintex.engine.negf.density;

import org.spintex.engine.negf.spin.SpinBlock;

/**
 * The on-site blocks ρ_ii of the electrons' density matrix at t = 0 (ρ_ab = ⟨c_b†c_a⟩), exact and split
 * as in seed 004 eqs. (3a)–(3d): adiabatic (equilibrium of the frozen texture), geometric, Fermi-sea and
 * Fermi-surface parts, the last three first order in ħω.
 */
public record DensityMatrixParts(SpinBlock[] adiabatic, SpinBlock[] geometric, SpinBlock[] fermiSea, SpinBlock[] fermiSurface,
		SpinBlock[] exact) {
}
