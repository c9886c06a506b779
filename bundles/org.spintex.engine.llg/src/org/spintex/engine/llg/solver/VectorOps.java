package org.spintex.engine.llg.solver;

import org.spintex.core.parallel.CellLoops;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.Magnet;

/** The linear combinations the integrators need, as parallel cell loops. */
final class VectorOps {

	private VectorOps() {
	}

	/** out = m + dt Σ aᵢ kᵢ. */
	static void combine(CellLoops loops, VectorField out, VectorField m, double dt, double[] a, VectorField[] k) {
		loops.forEach(m.cellCount(), (from, to) -> combineCells(out, m, dt, a, k, from, to));
	}

	/** out = m + dt Σ aᵢ kᵢ and keep = m, in one pass over m. */
	static void combineKeeping(CellLoops loops, VectorField out, VectorField keep, VectorField m, double dt, double[] a, VectorField[] k) {
		loops.forEach(m.cellCount(), (from, to) -> {
			System.arraycopy(m.x, from, keep.x, from, to - from);
			System.arraycopy(m.y, from, keep.y, from, to - from);
			System.arraycopy(m.z, from, keep.z, from, to - from);
			combineCells(out, m, dt, a, k, from, to);
		});
	}

	/**
	 * out = m + dt Σ aᵢ kᵢ, normalised by {@link Magnet#normaliseCells} while each block is in cache;
	 * false if a cell became NaN.
	 */
	static boolean combineNormalised(Magnet magnet, VectorField out, VectorField m, double dt, double[] a, VectorField[] k) {
		double nan = magnet.loops().max(m.cellCount(), (from, to) -> {
			combineCells(out, m, dt, a, k, from, to);
			return magnet.normaliseCells(out, from, to);
		});
		return !Double.isNaN(nan);
	}

	private static void combineCells(VectorField out, VectorField m, double dt, double[] a, VectorField[] k, int from, int to) {
		// one streaming pass per stage over a block that stays in cache: vectorisable
		System.arraycopy(m.x, from, out.x, from, to - from);
		System.arraycopy(m.y, from, out.y, from, to - from);
		System.arraycopy(m.z, from, out.z, from, to - from);
		for (int s = 0; s < a.length; s++) {
			if (a[s] == 0) {
				continue;
			}
			double w = dt * a[s];
			double[] kx = k[s].x, ky = k[s].y, kz = k[s].z, ox = out.x, oy = out.y, oz = out.z;
			for (int c = from; c < to; c++) {
				ox[c] += w * kx[c];
				oy[c] += w * ky[c];
				oz[c] += w * kz[c];
			}
		}
	}

	/** max over cells of |dt Σ eᵢ kᵢ|; NaN if any cell is NaN. */
	static double maxNorm(CellLoops loops, double dt, double[] e, VectorField[] k) {
		int n = k[0].cellCount();
		return Math.abs(dt) * loops.max(n, (from, to) -> {
			double max = 0;
			for (int c = from; c < to; c++) {
				double x = 0, y = 0, z = 0;
				for (int s = 0; s < e.length; s++) {
					if (e[s] != 0) {
						x += e[s] * k[s].x[c];
						y += e[s] * k[s].y[c];
						z += e[s] * k[s].z[c];
					}
				}
				double v = x * x + y * y + z * z;
				if (!(v <= max)) {
					max = v;
				}
			}
			return Math.sqrt(max);
		});
	}

	/** max over cells of |v|; NaN if any cell is NaN. */
	static double maxNorm(CellLoops loops, VectorField v) {
		return loops.max(v.cellCount(), (from, to) -> {
			double max = 0;
			for (int c = from; c < to; c++) {
				double s = v.x[c] * v.x[c] + v.y[c] * v.y[c] + v.z[c] * v.z[c];
				if (!(s <= max)) {
					max = s;
				}
			}
			return Math.sqrt(max);
		});
	}

	/** Σ over cells of u·v, block-wise in a fixed order. */
	static double dot(CellLoops loops, VectorField u, VectorField v) {
		return loops.sum(u.cellCount(), (from, to) -> {
			double sum = 0;
			for (int c = from; c < to; c++) {
				sum += u.x[c] * v.x[c] + u.y[c] * v.y[c] + u.z[c] * v.z[c];
			}
			return sum;
		});
	}
}
