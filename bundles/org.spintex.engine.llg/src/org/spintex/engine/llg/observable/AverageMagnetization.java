package org.spintex.engine.llg.observable;

import org.spintex.core.math.Vector3;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.FilmLayers;
import org.spintex.engine.llg.model.Magnet;

/**
 * ⟨m⟩ over the magnetic cells (empty cells do not count), as MuMax3 and OOMMF report it; of a stack, every magnetic
 * cell counts once whatever its film's Ms.
 */
public final class AverageMagnetization {

	private AverageMagnetization() {
	}

	public static Vector3 of(Magnet magnet, VectorField m) {
		int n = m.cellCount();
		double sx = magnet.loops().sum(n, (from, to) -> sum(m.x, from, to));
		double sy = magnet.loops().sum(n, (from, to) -> sum(m.y, from, to));
		double sz = magnet.loops().sum(n, (from, to) -> sum(m.z, from, to));
		int cells = magnet.magneticCellCount();
		return new Vector3(sx / cells, sy / cells, sz / cells);
	}

	/** ⟨m⟩ over the magnetic cells of one film of a stack. */
	public static Vector3 of(Magnet magnet, VectorField m, FilmLayers layers) {
		double sx = magnet.sum(layers, (from, to) -> sum(m.x, from, to));
		double sy = magnet.sum(layers, (from, to) -> sum(m.y, from, to));
		double sz = magnet.sum(layers, (from, to) -> sum(m.z, from, to));
		double cells = magnet.sum(layers, (from, to) -> {
			int n = 0;
			for (int c = from; c < to; c++) {
				n += magnet.isMagnetic(c) ? 1 : 0;
			}
			return n;
		});
		return new Vector3(sx / cells, sy / cells, sz / cells);
	}

	private static double sum(double[] v, int from, int to) {
		double s = 0;
		for (int c = from; c < to; c++) {
			s += v[c];
		}
		return s;
	}
}
