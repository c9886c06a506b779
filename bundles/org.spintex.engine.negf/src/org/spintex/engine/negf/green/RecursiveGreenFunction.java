package org.spintex.engine.negf.green;

import org.spintex.engine.negf.spin.SpinBlock;

/**
 * The retarded Green function of a chain by the recursive (block-tridiagonal) method, O(N) per energy:
 * left- and right-connected functions g^L_i, g^R_i, then G_ii = (a_i − γ² g^L_{i−1} − γ² g^R_{i+1})⁻¹
 * with a_i = z − h_i − Σ_i; the off-diagonal blocks follow as products G_ij = (−γ g^R_i)…(−γ g^R_{j+1}) G_jj
 * below the diagonal and G_ji = G_jj (−γ g^R_{j+1})…(−γ g^R_i) above it (and the same with g^L the other
 * way) — Lake, Klimeck, Bowen and Jovanovic, J. Appl. Phys. 81, 7845 (1997).
 */
public final class RecursiveGreenFunction implements GreenFunction {

	private final int n;
	private final double hopping;
	private final SpinBlock[] left, right, diagonal;
	private SpinBlock[] fromFirst, fromLast;

	/**
	 * @param a the diagonal blocks z − h_i − Σ_i of A = z − H − Σ (self-energies of the leads included)
	 * @param hopping γ, the hopping between neighbours (H_{i,i±1} = −γ)
	 */
	public RecursiveGreenFunction(SpinBlock[] a, double hopping) {
		this.n = a.length;
		this.hopping = hopping;
		double g2 = hopping * hopping;
		left = new SpinBlock[n];
		right = new SpinBlock[n];
		diagonal = new SpinBlock[n];
		left[0] = a[0].inverse();
		for (int i = 1; i < n; i++) {
			left[i] = a[i].minus(left[i - 1].times(g2)).inverse();
		}
		right[n - 1] = a[n - 1].inverse();
		for (int i = n - 2; i >= 0; i--) {
			right[i] = a[i].minus(right[i + 1].times(g2)).inverse();
		}
		for (int i = 0; i < n; i++) {
			SpinBlock d = a[i];
			if (i > 0) {
				d = d.minus(left[i - 1].times(g2));
			}
			if (i < n - 1) {
				d = d.minus(right[i + 1].times(g2));
			}
			diagonal[i] = d.inverse();
		}
	}

	@Override
	public int sites() {
		return n;
	}

	@Override
	public SpinBlock diagonal(int i) {
		return diagonal[i];
	}

	@Override
	public SpinBlock fromFirst(int i) {
		if (fromFirst == null) {
			fromFirst = new SpinBlock[n];
			fromFirst[0] = diagonal[0];
			for (int k = 1; k < n; k++) {
				fromFirst[k] = right[k].times(-hopping).times(fromFirst[k - 1]);
			}
		}
		return fromFirst[i];
	}

	@Override
	public SpinBlock fromLast(int i) {
		if (fromLast == null) {
			fromLast = new SpinBlock[n];
			fromLast[n - 1] = diagonal[n - 1];
			for (int k = n - 2; k >= 0; k--) {
				fromLast[k] = left[k].times(-hopping).times(fromLast[k + 1]);
			}
		}
		return fromLast[i];
	}

	@Override
	public SpinBlock[] sandwichDiagonal(SpinBlock[] v) {
		// X_j = G_jj v_j G_jj; below: L_i = (−γ g^R_i)(X_{i−1} + L_{i−1})(−γ g^R_i); above: R_i likewise with g^L
		SpinBlock[] x = new SpinBlock[n];
		for (int j = 0; j < n; j++) {
			x[j] = v[j] == null ? SpinBlock.ZERO : diagonal[j].times(v[j]).times(diagonal[j]);
		}
		SpinBlock[] result = x.clone();
		SpinBlock carried = SpinBlock.ZERO;
		for (int i = 1; i < n; i++) {
			SpinBlock step = right[i].times(-hopping);
			carried = step.times(x[i - 1].plus(carried)).times(step);
			result[i] = result[i].plus(carried);
		}
		carried = SpinBlock.ZERO;
		for (int i = n - 2; i >= 0; i--) {
			SpinBlock step = left[i].times(-hopping);
			carried = step.times(x[i + 1].plus(carried)).times(step);
			result[i] = result[i].plus(carried);
		}
		return result;
	}
}
