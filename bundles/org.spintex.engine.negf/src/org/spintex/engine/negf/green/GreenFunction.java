package org.spintex.engine.negf.green;

import org.spintex.engine.negf.spin.SpinBlock;

/**
 * The retarded Green function G = A⁻¹ of a chain, A = z − H − Σ block tridiagonal with 2 × 2 spin
 * blocks and hopping −γ between neighbours, at one complex energy z; only the blocks the observables
 * need: the diagonal, the columns of the two end sites (where the leads attach) and the diagonal of
 * G V G for a block-diagonal V (first-order responses).
 */
public interface GreenFunction {

	int sites();

	/** G_ii. */
	SpinBlock diagonal(int i);

	/** G_{i,0}: from the first site, where the left lead attaches, to site i. */
	SpinBlock fromFirst(int i);

	/** G_{i,N−1}: from the last site, where the right lead attaches, to site i. */
	SpinBlock fromLast(int i);

	/** The diagonal blocks (G V G)_ii = Σ_j G_ij V_j G_ji for the block-diagonal V = diag(v_0 … v_{N−1}); null blocks are zero. */
	SpinBlock[] sandwichDiagonal(SpinBlock[] v);
}
