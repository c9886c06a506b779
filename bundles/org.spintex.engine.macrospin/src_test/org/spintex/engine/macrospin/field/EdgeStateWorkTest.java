package org.spintex.engine.macrospin.field;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleFunction;

import org.junit.jupiter.api.Test;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;

/** Seed 003 eq. (2.42): the work of the edge-state field over a closed path counts its turns about y, whatever the path. */
class EdgeStateWorkTest {

	private static final double B = -2e-3;

	/** ∮B·dm along the closed path m(s), s ∈ [0, 1), by the midpoint rule. */
	private static double work(DoubleFunction<double[]> path) {
		Mesh mesh = new Mesh(1, 1, 1, 1e-9, 1e-9, 1e-9);
		EdgeStateElectricField field = new EdgeStateElectricField(B);
		VectorField m = new VectorField(mesh), b = new VectorField(mesh);
		int n = 200_000;
		double sum = 0;
		for (int k = 0; k < n; k++) {
			double[] p0 = path.apply((double) k / n), p1 = path.apply((k + 1.0) / n), mid = path.apply((k + 0.5) / n);
			m.set(0, mid[0], mid[1], mid[2]);
			b.clear();
			field.addField(0, m, b);
			sum += b.x[0] * (p1[0] - p0[0]) + b.y[0] * (p1[1] - p0[1]) + b.z[0] * (p1[2] - p0[2]);
		}
		return sum;
	}

	/** m at polar angle θ(s) about y and azimuth φ(s) from z towards x. */
	private static double[] aboutY(double theta, double phi) {
		return new double[] { Math.sin(theta) * Math.sin(phi), Math.cos(theta), Math.sin(theta) * Math.cos(phi) };
	}

	@Test
	void workPerTurnIsQuantisedWhateverThePath() {
		// once about +y on a wobbling path, twice on another: 2πb per turn
		assertEquals(2 * Math.PI * B, work(s -> aboutY(1.0 + 0.6 * Math.sin(6 * Math.PI * s), 2 * Math.PI * s)), 1e-6 * Math.abs(B));
		assertEquals(2 * 2 * Math.PI * B, work(s -> aboutY(2.2 + 0.5 * Math.cos(2 * Math.PI * s), 4 * Math.PI * s)), 1e-6 * Math.abs(B));
		// about −y: the opposite sign
		assertEquals(-2 * Math.PI * B, work(s -> aboutY(0.4, -2 * Math.PI * s)), 1e-6 * Math.abs(B));
	}

	@Test
	void pathsThatDoNotEncloseTheAxisDoNoWork() {
		// a loop around +x, which keeps away from ±y
		assertEquals(0, work(s -> new double[] { Math.cos(0.5), Math.sin(0.5) * Math.cos(2 * Math.PI * s),
				Math.sin(0.5) * Math.sin(2 * Math.PI * s) }), 1e-9 * Math.abs(B));
	}
}
