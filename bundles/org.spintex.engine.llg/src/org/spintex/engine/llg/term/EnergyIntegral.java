package org.spintex.engine.llg.term;

import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.Magnet;

/**
 * E = −(1/p) ∫ Ms m·B dV over the magnetic cells, for a term whose energy is homogeneous of degree p
 * in m (Euler's theorem: m·∂E/∂m = p·E). Summed in fixed blocks, so it is thread-count independent.
 */
public final class EnergyIntegral {

	private EnergyIntegral() {
	}

	public static double ofDegree(int degree, Magnet magnet, VectorField m, VectorField b) {
		double[] ms = magnet.ms();
		double sum = magnet.loops().sum(ms.length, (from, to) -> {
			double s = 0;
			for (int c = from; c < to; c++) {
				s += ms[c] * (m.x[c] * b.x[c] + m.y[c] * b.y[c] + m.z[c] * b.z[c]);
			}
			return s;
		});
		return -sum * magnet.mesh().cellVolume() / degree;
	}
}
