package org.spintex.engine.llg.term;

import org.spintex.engine.llg.mesh.Mesh;

/**
 * The value of m in a missing neighbour cell (beyond the edge of the film or in an empty cell),
 * shared by the exchange and DMI stencils so that both see the same boundary.
 *
 * <p>Without DMI this is the Neumann condition ∂m/∂n = 0: the ghost cell repeats m. With DMI the
 * surface term of δE gives 2A ∂m/∂n = D (Σᵢ nᵢvᵢ) × m (see {@link DmiClass}; Rohart and Thiaville,
 * PRB 88, 184422 (2013)); the ghost value is then m + Δ·∂m/∂n = Gₙ m, a 3 × 3 matrix per outward
 * direction n, with Δ the cell size along n. Directions are numbered +x, −x, +y, −y, +z, −z.
 */
public final class BoundaryCondition {

	public static final int PLUS_X = 0;
	public static final int MINUS_X = 1;
	public static final int PLUS_Y = 2;
	public static final int MINUS_Y = 3;
	public static final int PLUS_Z = 4;
	public static final int MINUS_Z = 5;

	/** Outward normal axis and sign of each direction. */
	private static final int[] AXIS = { 0, 0, 1, 1, 2, 2 };
	private static final int[] SIGN = { 1, -1, 1, -1, 1, -1 };

	/** Ghost matrices, row-major, one per direction. */
	private final double[][] ghost;

	private BoundaryCondition(double[][] ghost) {
		this.ghost = ghost;
	}

	/** ∂m/∂n = 0. */
	public static BoundaryCondition neumann() {
		double[][] g = new double[6][];
		for (int d = 0; d < 6; d++) {
			g[d] = new double[] { 1, 0, 0, 0, 1, 0, 0, 0, 1 };
		}
		return new BoundaryCondition(g);
	}

	/** The free boundary of exchange A together with a DMI of strength D and class {@code dmiClass}. */
	public static BoundaryCondition withDmi(Mesh mesh, DmiClass dmiClass, double dmiJPerM2, double exchangeJPerM) {
		double[] cell = { mesh.cellXMetre(), mesh.cellYMetre(), mesh.cellZMetre() };
		double inverseLength = dmiJPerM2 / (2 * exchangeJPerM);
		double[][] g = new double[6][];
		for (int d = 0; d < 6; d++) {
			double[] v = dmiClass.lifshitzVector(AXIS[d]);
			double s = SIGN[d] * cell[AXIS[d]] * inverseLength;
			// Gₙ = 1 + Δ (D/2A) [nᵢvᵢ]×, with nᵢ = ±1 on the axis of this direction
			g[d] = new double[] { 1, -s * v[2], s * v[1], s * v[2], 1, -s * v[0], -s * v[1], s * v[0], 1 };
		}
		return new BoundaryCondition(g);
	}

	/** Component {@code row} of the ghost value Gₙ m for the outward direction {@code direction}. */
	public double ghost(int direction, int row, double mx, double my, double mz) {
		double[] g = ghost[direction];
		int o = 3 * row;
		return g[o] * mx + g[o + 1] * my + g[o + 2] * mz;
	}
}
