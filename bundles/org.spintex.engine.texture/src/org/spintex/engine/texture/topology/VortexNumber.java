package org.spintex.engine.texture.topology;

import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.observable.TopologicalCharge;
import org.spintex.engine.llg.term.BoundaryCondition;
import org.spintex.engine.llg.term.NeighbourStencil;

/**
 * The vortex number tensor of seed 002 eq. (63), Φ_ij = (1/4π)∫d³x n·(∂ᵢn × ∂ⱼn), of the spin direction
 * n = −m (the local spins point against the magnetization), in metres; in a film eq. (64) gives
 * Φ_xy = n_v d with the topological number n_v of eq. (65).
 *
 * <p>Φ_xy sums the lattice charge of every layer (Berg and Lüscher's solid angles, an integer for a
 * texture uniform on the boundary whatever the mesh) times the layer thickness; Φ_xz and Φ_yz, which
 * only a texture varying through the thickness has, are central differences. For the magnetization's
 * charge Q of MuMax3's convention, n_v = −Q: a core-down skyrmion in an up film has Q = −1 and n_v = +1.
 *
 * @param phiXYMetre Φ_xy
 * @param phiXZMetre Φ_xz
 * @param phiYZMetre Φ_yz
 * @param thicknessMetre d, the film's thickness
 */
public record VortexNumber(double phiXYMetre, double phiXZMetre, double phiYZMetre, double thicknessMetre) {

	/** The vortex number of the texture m (a magnetization direction) on the magnet's mesh. */
	public static VortexNumber of(Magnet magnet, VectorField m) {
		return of(magnet, m, null);
	}

	/** The vortex number counted over {@code region} only (all cells when null), see {@link TextureRegion}. */
	public static VortexNumber of(Magnet magnet, VectorField m, boolean[] region) {
		Mesh mesh = magnet.mesh();
		double phiXY = 0;
		for (int k = 0; k < mesh.nz(); k++) {
			phiXY -= TopologicalCharge.ofLayer(m, k, region) * mesh.cellZMetre();
		}
		double hx = 0.5 / mesh.cellXMetre(), hy = 0.5 / mesh.cellYMetre(), hz = 0.5 / mesh.cellZMetre();
		double[] xz = new double[mesh.cellCount()];
		double[] yz = new double[mesh.cellCount()];
		NeighbourStencil.forEachMagneticCell(magnet, BoundaryCondition.neumann(), m, (c, v) -> {
			if (region != null && !region[c]) {
				return;
			}
			double ax = (v[0] - v[3]) * hx, ay = (v[1] - v[4]) * hx, az = (v[2] - v[5]) * hx;
			double bx = (v[6] - v[9]) * hy, by = (v[7] - v[10]) * hy, bz = (v[8] - v[11]) * hy;
			double cx = (v[12] - v[15]) * hz, cy = (v[13] - v[16]) * hz, cz = (v[14] - v[17]) * hz;
			// n·(∂n × ∂n) = −m·(∂m × ∂m) for n = −m
			xz[c] = -triple(m, c, ax, ay, az, cx, cy, cz);
			yz[c] = -triple(m, c, bx, by, bz, cx, cy, cz);
		});
		double volume = mesh.cellVolume() / (4 * Math.PI);
		return new VortexNumber(phiXY, sum(xz) * volume, sum(yz) * volume, mesh.nz() * mesh.cellZMetre());
	}

	/** n_v of eq. (65): Φ_xy per thickness, ±1 for a skyrmion, ±½ for a vortex, 0 for a wall or a spiral. */
	public double topologicalNumber() {
		return phiXYMetre / thicknessMetre;
	}

	private static double triple(VectorField m, int c, double ax, double ay, double az, double bx, double by, double bz) {
		return m.x[c] * (ay * bz - az * by) + m.y[c] * (az * bx - ax * bz) + m.z[c] * (ax * by - ay * bx);
	}

	private static double sum(double[] values) {
		double s = 0;
		for (double v : values) {
			s += v;
		}
		return s;
	}
}
