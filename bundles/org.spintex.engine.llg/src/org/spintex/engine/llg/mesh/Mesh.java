package org.spintex.engine.llg.mesh;

/**
 * A regular finite-difference grid of nx × ny × nz cells, cell sizes in metre. Cells are indexed
 * x fastest, then y, then z, as in OVF 2.0 data blocks, so fields can be written without reordering.
 * Periodic boundaries along x or y make the exchange, DMI and torque stencils wrap around, and the
 * demagnetising field that of the sample repeated without end along those axes.
 */
public record Mesh(int nx, int ny, int nz, double cellXMetre, double cellYMetre, double cellZMetre,
		boolean periodicX, boolean periodicY) {

	public Mesh {
		if (nx < 1 || ny < 1 || nz < 1) {
			throw new IllegalArgumentException("a mesh needs at least one cell along each axis, got " + nx + " × " + ny + " × " + nz);
		}
		if (!(cellXMetre > 0 && cellYMetre > 0 && cellZMetre > 0)) {
			throw new IllegalArgumentException("cell sizes must be positive, got " + cellXMetre + ", " + cellYMetre + ", " + cellZMetre + " m");
		}
		if ((long) nx * ny * nz > Integer.MAX_VALUE / 3) {
			throw new IllegalArgumentException("a mesh of " + nx + " × " + ny + " × " + nz + " cells is too large to index");
		}
	}

	/** A mesh with open boundaries on all sides. */
	public Mesh(int nx, int ny, int nz, double cellXMetre, double cellYMetre, double cellZMetre) {
		this(nx, ny, nz, cellXMetre, cellYMetre, cellZMetre, false, false);
	}

	/**
	 * Σ over the axes with neighbours (more than one cell, or periodic) of 1/h²: the discrete Laplacian's spectral
	 * radius is 4 times it (the checkerboard mode), first differences' is the square root of it.
	 */
	public double inverseSquaredSpacingPerM2() {
		double sum = 0;
		if (nx > 1 || periodicX) {
			sum += 1 / (cellXMetre * cellXMetre);
		}
		if (ny > 1 || periodicY) {
			sum += 1 / (cellYMetre * cellYMetre);
		}
		if (nz > 1) {
			sum += 1 / (cellZMetre * cellZMetre);
		}
		return sum;
	}

	public int cellCount() {
		return nx * ny * nz;
	}

	public double cellVolume() {
		return cellXMetre * cellYMetre * cellZMetre;
	}

	public int index(int i, int j, int k) {
		return i + nx * (j + ny * k);
	}

	public int i(int cell) {
		return cell % nx;
	}

	public int j(int cell) {
		return (cell / nx) % ny;
	}

	public int k(int cell) {
		return cell / (nx * ny);
	}

	public double sizeXMetre() {
		return nx * cellXMetre;
	}

	public double sizeYMetre() {
		return ny * cellYMetre;
	}

	/** x coordinate of the centre of cell column i, with the mesh's lower corner at the origin. */
	public double centreX(int i) {
		return (i + 0.5) * cellXMetre;
	}

	/** y coordinate of the centre of cell row j, with the mesh's lower corner at the origin. */
	public double centreY(int j) {
		return (j + 0.5) * cellYMetre;
	}
}
