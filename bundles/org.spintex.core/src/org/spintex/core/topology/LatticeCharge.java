package org.spintex.core.topology;

import org.spintex.core.math.SolidAngle;
import org.spintex.core.results.FieldSnapshot;

/**
 * The lattice topological charge Q = (1/4π)∫ m·(∂ₓm × ∂ᵧm) d²r of one layer of a magnetization on a regular
 * grid, by the construction of Berg and Lüscher, Nucl. Phys. B 190, 412 (1981): every plaquette of cell
 * centres is cut into two triangles and the signed solid angles that m spans on them are summed. It counts the
 * integer charge exactly whenever the texture is uniform on the boundary, whatever the resolution. Shared by the
 * engines (tables, trackers) and the views (charge density, centres), so that all report one Q.
 *
 * <p>Sign: a skyrmion with its core down in an up background has Q = −1 (the convention of MuMax3); seed 000
 * eq. (5) defines Q with the opposite sign. Empty cells (m = 0) span no angle.
 */
public final class LatticeCharge {

	private LatticeCharge() {
	}

	/**
	 * Q of layer {@code k}, counting only the plaquettes whose four corners lie in {@code region} (all cells when
	 * null): the charge of a texture without, say, the twisted edges of a DMI film.
	 */
	public static double ofLayer(FieldSnapshot m, int k, boolean[] region) {
		double sum = 0;
		for (double q : plaquetteCharges(m, k, region)) {
			sum += q;
		}
		return sum;
	}

	/**
	 * The charge of every plaquette of layer {@code k} (the solid angles of its two triangles over 4π), stored at
	 * the index i + nx·j of its lower-left cell; the last row and column stay 0. They sum to {@link #ofLayer}.
	 */
	public static double[] plaquetteCharges(FieldSnapshot m, int k, boolean[] region) {
		if (m.valueDimension() != 3) {
			throw new IllegalArgumentException("the topological charge needs a vector field, " + m.quantity() + " is scalar");
		}
		int nx = m.nx(), ny = m.ny();
		double[] charges = new double[nx * ny];
		for (int j = 0; j + 1 < ny; j++) {
			for (int i = 0; i + 1 < nx; i++) {
				int a = m.index(i, j, k);
				int b = m.index(i + 1, j, k);
				int c = m.index(i + 1, j + 1, k);
				int d = m.index(i, j + 1, k);
				if (region != null && !(region[a] && region[b] && region[c] && region[d])) {
					continue;
				}
				// both triangles anticlockwise in the xy plane, matching the orientation of ∂ₓm × ∂ᵧm
				charges[i + nx * j] = (solidAngle(m.components(), a, b, c) + solidAngle(m.components(), a, c, d)) / (4 * Math.PI);
			}
		}
		return charges;
	}

	private static double solidAngle(double[][] m, int a, int b, int c) {
		if (isEmpty(m, a) || isEmpty(m, b) || isEmpty(m, c)) {
			return 0;
		}
		return SolidAngle.of(m[0][a], m[1][a], m[2][a], m[0][b], m[1][b], m[2][b], m[0][c], m[1][c], m[2][c]);
	}

	private static boolean isEmpty(double[][] m, int c) {
		return m[0][c] == 0 && m[1][c] == 0 && m[2][c] == 0;
	}
}
