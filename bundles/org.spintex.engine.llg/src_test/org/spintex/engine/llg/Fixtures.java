package org.spintex.engine.llg;

import org.spintex.core.parallel.CellLoops;
import org.spintex.core.physics.PhysicalConstants;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.mesh.Shape;
import org.spintex.engine.llg.model.Magnet;

/** Small builders shared by the engine's tests. */
public final class Fixtures {

	public static final double NM = 1e-9;
	public static final double GAMMA = PhysicalConstants.GAMMA0_DEFAULT;

	private Fixtures() {
	}

	public static Magnet box(Mesh mesh, double ms, double alpha) {
		return Magnet.of(mesh, new Shape.Everywhere(), ms, alpha, GAMMA, CellLoops.sequential());
	}

	public static Magnet box(Mesh mesh, double ms, double alpha, int threads) {
		return Magnet.of(mesh, new Shape.Everywhere(), ms, alpha, GAMMA, new CellLoops(threads));
	}
}
