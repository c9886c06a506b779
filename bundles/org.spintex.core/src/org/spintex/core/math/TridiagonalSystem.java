package org.spintex.core.math;

/**
 * Solves a tridiagonal linear system a[i] x[i−1] + b[i] x[i] + c[i] x[i+1] = d[i] by the Thomas
 * algorithm, O(n): the implicit step of every 1D diffusion or hydrodynamics model. Needs a
 * diagonally dominant (or otherwise pivot-free) matrix, as diffusion matrices are.
 */
public final class TridiagonalSystem {

	private TridiagonalSystem() {
	}

	/**
	 * @param lower a[i] (a[0] unused)
	 * @param diagonal b[i]
	 * @param upper c[i] (c[n−1] unused)
	 * @param rhs d[i]
	 * @return x
	 */
	public static double[] solve(double[] lower, double[] diagonal, double[] upper, double[] rhs) {
		int n = diagonal.length;
		if (lower.length != n || upper.length != n || rhs.length != n) {
			throw new IllegalArgumentException("all four arrays must have the length of the diagonal, " + n);
		}
		double[] c = new double[n];
		double[] d = new double[n];
		c[0] = upper[0] / diagonal[0];
		d[0] = rhs[0] / diagonal[0];
		for (int i = 1; i < n; i++) {
			double pivot = diagonal[i] - lower[i] * c[i - 1];
			if (pivot == 0) {
				throw new ArithmeticException("zero pivot in row " + i + ": the matrix is singular or needs pivoting");
			}
			c[i] = i < n - 1 ? upper[i] / pivot : 0;
			d[i] = (rhs[i] - lower[i] * d[i - 1]) / pivot;
		}
		double[] x = new double[n];
		x[n - 1] = d[n - 1];
		for (int i = n - 2; i >= 0; i--) {
			x[i] = d[i] - c[i] * x[i + 1];
		}
		return x;
	}
}
