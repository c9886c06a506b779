package org.spintex.input;

/**
 * The finite-difference mesh of a film and its outline.
 *
 * @param shape the outline; cells outside it are empty
 * @param innerDiameterMetre the hole of a loop, 0 otherwise
 */
public record FilmMeshInput(int nx, int ny, int nz, double cellXMetre, double cellYMetre, double cellZMetre,
		FilmShape shape, double innerDiameterMetre, boolean periodicX, boolean periodicY) {

	public FilmMeshInput {
		if (nx < 1 || ny < 1 || nz < 1) {
			throw new IllegalArgumentException("a mesh needs at least one cell per axis, got " + nx + " × " + ny + " × " + nz);
		}
		Checks.positive("cell size x", cellXMetre);
		Checks.positive("cell size y", cellYMetre);
		Checks.positive("cell size z", cellZMetre);
		Checks.nonNegative("inner diameter", innerDiameterMetre);
	}

	public double sizeXMetre() {
		return nx * cellXMetre;
	}

	public double sizeYMetre() {
		return ny * cellYMetre;
	}

	public double thicknessMetre() {
		return nz * cellZMetre;
	}
}
