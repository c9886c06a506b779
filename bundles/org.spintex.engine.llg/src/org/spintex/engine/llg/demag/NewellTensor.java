package org.spintex.engine.llg.demag;

/**
 * The demagnetising tensor between two equal rectangular cells, N(r) with H = −N M, averaged over
 * the target cell, for a source cell displaced by r.
 *
 * <p>Near cells use the closed forms of Newell, Williams and Dunlop, J. Geophys. Res. 98, 9551 (1993):
 * N is a sixfold second difference of the functions f and g below. Those differences cancel badly
 * far away (the terms grow like r³ while N falls like r⁻³), so beyond {@link #NEAR_CELLS} cell sizes
 * the tensor is the point-dipole kernel averaged over the triangular distribution of the displacement
 * between two points of the two cells, by a 3-point rule per axis that is exact to fifth order: the
 * same split OOMMF makes between its analytic and asymptotic tensors.
 */
public final class NewellTensor {

	/** Distance, in units of the largest cell size, up to which the analytic Newell forms are used. */
	public static final double NEAR_CELLS = 24;

	/** Offsets and weights of the 3-point rule for the triangle distribution on [−h, h]: moments 0–5 exact. */
	private static final double TENT_OFFSET = Math.sqrt(0.4);
	private static final double TENT_WEIGHT = 5.0 / 24.0;

	private final double dx, dy, dz;

	public NewellTensor(double cellXMetre, double cellYMetre, double cellZMetre) {
		this.dx = cellXMetre;
		this.dy = cellYMetre;
		this.dz = cellZMetre;
	}

	/** The six independent components (xx, yy, zz, xy, xz, yz) at displacement (x, y, z), metres. */
	public double[] at(double x, double y, double z) {
		double h = Math.max(dx, Math.max(dy, dz));
		double r = Math.sqrt(x * x + y * y + z * z);
		return r > NEAR_CELLS * h ? farField(x, y, z) : newell(x, y, z);
	}

	/** The analytic Newell tensor: for any distance, exact up to cancellation error. */
	public double[] newell(double x, double y, double z) {
		double norm = 1 / (4 * Math.PI * dx * dy * dz);
		double xx = 0, yy = 0, zz = 0, xy = 0, xz = 0, yz = 0;
		for (int a = -1; a <= 1; a++) {
			for (int b = -1; b <= 1; b++) {
				for (int c = -1; c <= 1; c++) {
					// product of the second-difference weights (−1, 2, −1) per axis
					double w = (a == 0 ? 2 : -1) * (b == 0 ? 2 : -1) * (c == 0 ? 2 : -1);
					double px = x + a * dx, py = y + b * dy, pz = z + c * dz;
					xx += w * f(px, py, pz);
					yy += w * f(py, px, pz);
					zz += w * f(pz, py, px);
					xy += w * g(px, py, pz);
					xz += w * g(px, pz, py);
					yz += w * g(py, pz, px);
				}
			}
		}
		return new double[] { xx * norm, yy * norm, zz * norm, xy * norm, xz * norm, yz * norm };
	}

	/** The tensor from the cell-averaged point-dipole kernel, accurate to (h/r)⁶ relative. */
	public double[] farField(double x, double y, double z) {
		double[] n = new double[6];
		double[] offsets = { -TENT_OFFSET, 0, TENT_OFFSET };
		double[] weights = { TENT_WEIGHT, 1 - 2 * TENT_WEIGHT, TENT_WEIGHT };
		for (int a = 0; a < 3; a++) {
			for (int b = 0; b < 3; b++) {
				for (int c = 0; c < 3; c++) {
					double w = weights[a] * weights[b] * weights[c];
					dipole(x + offsets[a] * dx, y + offsets[b] * dy, z + offsets[c] * dz, w, n);
				}
			}
		}
		double volume = dx * dy * dz;
		for (int i = 0; i < 6; i++) {
			n[i] *= volume;
		}
		return n;
	}

	/** Adds w·G(r), the point-dipole kernel per unit source volume: G_ab = −(3 r_a r_b − δ_ab r²)/(4π r⁵). */
	static void dipole(double x, double y, double z, double w, double[] n) {
		double r2 = x * x + y * y + z * z;
		double r = Math.sqrt(r2);
		double s = -w / (4 * Math.PI * r2 * r2 * r);
		n[0] += s * (3 * x * x - r2);
		n[1] += s * (3 * y * y - r2);
		n[2] += s * (3 * z * z - r2);
		n[3] += s * 3 * x * y;
		n[4] += s * 3 * x * z;
		n[5] += s * 3 * y * z;
	}

	/** Newell's f(x, y, z) for the diagonal components; even in each argument. */
	static double f(double x, double y, double z) {
		x = Math.abs(x);
		y = Math.abs(y);
		z = Math.abs(z);
		double x2 = x * x, y2 = y * y, z2 = z * z;
		double r = Math.sqrt(x2 + y2 + z2);
		double result = (2 * x2 - y2 - z2) * r / 6;
		double xz = x2 + z2;
		if (y > 0 && xz > 0) {
			result += y / 2 * (z2 - x2) * asinh(y / Math.sqrt(xz));
		}
		double xy = x2 + y2;
		if (z > 0 && xy > 0) {
			result += z / 2 * (y2 - x2) * asinh(z / Math.sqrt(xy));
		}
		if (x > 0 && y > 0 && z > 0) {
			result -= x * y * z * Math.atan(y * z / (x * r));
		}
		return result;
	}

	/** Newell's g(x, y, z) for the off-diagonal components; odd in x and y, even in z. */
	static double g(double x, double y, double z) {
		double sign = Math.signum(x) * Math.signum(y);
		if (sign == 0) {
			return 0;
		}
		x = Math.abs(x);
		y = Math.abs(y);
		z = Math.abs(z);
		double x2 = x * x, y2 = y * y, z2 = z * z;
		double r = Math.sqrt(x2 + y2 + z2);
		double result = -x * y * r / 3;
		double xy = x2 + y2;
		if (z > 0) {
			result += x * y * z * asinh(z / Math.sqrt(xy));
			result -= z * z2 / 6 * Math.atan(x * y / (z * r));
			result -= z * y2 / 2 * Math.atan(x * z / (y * r));
			result -= z * x2 / 2 * Math.atan(y * z / (x * r));
		}
		result += y / 6 * (3 * z2 - y2) * asinh(x / Math.sqrt(y2 + z2));
		result += x / 6 * (3 * z2 - x2) * asinh(y / Math.sqrt(x2 + z2));
		return sign * result;
	}

	private static double asinh(double v) {
		// log1p form: accurate for small as well as large non-negative arguments
		return Math.log1p(v + v * v / (1 + Math.sqrt(1 + v * v)));
	}
}
