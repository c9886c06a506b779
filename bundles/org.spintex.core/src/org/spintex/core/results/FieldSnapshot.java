package org.spintex.core.results;

/**
 * A scalar or vector field on a regular grid at one instant, as an engine hands it to the runner for
 * OVF or VTK output: values per cell in OVF order (x fastest, then y, then z), in SI.
 *
 * @param quantity what the field is, e.g. "m", "B_eff", "rho"
 * @param unit its SI unit ("1" for the reduced magnetization)
 * @param components one array (scalar field) or three (x, y, z of a vector field)
 */
public record FieldSnapshot(String quantity, String unit, double timeSecond, int nx, int ny, int nz,
		double cellXMetre, double cellYMetre, double cellZMetre, double[][] components) {

	public FieldSnapshot {
		int n = nx * ny * nz;
		if (components.length != 1 && components.length != 3) {
			throw new IllegalArgumentException("a field has 1 or 3 components, got " + components.length);
		}
		for (double[] c : components) {
			if (c.length != n) {
				throw new IllegalArgumentException("a field of " + nx + " × " + ny + " × " + nz + " cells needs " + n + " values per component");
			}
		}
	}

	/** The index of cell (i, j, k) in the component arrays: x fastest, then y, then z. */
	public int index(int i, int j, int k) {
		return i + nx * (j + ny * k);
	}

	/** The centre of column {@code i} along x, from the grid's lower corner. */
	public double centreX(int i) {
		return (i + 0.5) * cellXMetre;
	}

	/** The centre of row {@code j} along y, from the grid's lower corner. */
	public double centreY(int j) {
		return (j + 0.5) * cellYMetre;
	}

	public double sizeXMetre() {
		return nx * cellXMetre;
	}

	public double sizeYMetre() {
		return ny * cellYMetre;
	}

	public int cellCount() {
		return nx * ny * nz;
	}

	/** 1 for a scalar field, 3 for a vector field. */
	public int valueDimension() {
		return components.length;
	}
}
