package org.spintex.engine.llg.observable;

import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;

/**
 * Where a single skyrmion is and how large: the guiding centre R = ∫ r ρ d²r / ∫ ρ d²r
 * (Papanicolaou and Tomaras, Nucl. Phys. B 360, 425 (1991)) of one layer, and the core radius where
 * m_z changes sign, read along the x row through the centre with linear interpolation — the
 * definition of the DMI standard problem.
 */
public final class SkyrmionGeometry {

	private SkyrmionGeometry() {
	}

	/**
	 * Below this |Q| of the layer there is no skyrmion to locate: the ratio ∫ r ρ / ∫ ρ would divide by
	 * almost nothing and land anywhere (even outside the film).
	 */
	public static final double SMALLEST_CHARGE = 0.5;

	/**
	 * The guiding centre (x, y) in metres from the mesh's lower corner, of layer {@code k}; (NaN, NaN)
	 * when the layer holds no charged texture (|Q| below {@value #SMALLEST_CHARGE}: annihilated, or never there).
	 */
	public static double[] guidingCentre(Magnet magnet, VectorField m, int k) {
		if (!(Math.abs(TopologicalCharge.ofLayer(m, k)) >= SMALLEST_CHARGE)) {
			return new double[] { Double.NaN, Double.NaN };
		}
		double[] rho = TopologicalCharge.density(magnet, m);
		Mesh mesh = magnet.mesh();
		double q = 0, qx = 0, qy = 0;
		for (int j = 0; j < mesh.ny(); j++) {
			for (int i = 0; i < mesh.nx(); i++) {
				double r = rho[mesh.index(i, j, k)];
				q += r;
				qx += r * mesh.centreX(i);
				qy += r * mesh.centreY(j);
			}
		}
		return new double[] { qx / q, qy / q };
	}

	/**
	 * The radius where m_z crosses zero, searched outwards along +x from the cell nearest to
	 * (centreX, centreY) in layer {@code k}; NaN if m_z never changes sign.
	 */
	public static double radius(Magnet magnet, VectorField m, double centreXMetre, double centreYMetre, int k) {
		Mesh mesh = magnet.mesh();
		int j = (int) Math.min(mesh.ny() - 1, Math.max(0, Math.floor(centreYMetre / mesh.cellYMetre())));
		int i0 = (int) Math.min(mesh.nx() - 1, Math.max(0, Math.floor(centreXMetre / mesh.cellXMetre())));
		// interpolate m_z to the row through the centre, between rows j and j+1 where possible
		double fy = centreYMetre / mesh.cellYMetre() - 0.5 - j;
		int j1 = Math.min(mesh.ny() - 1, Math.max(0, j + (fy >= 0 ? 1 : -1)));
		double wy = Math.abs(fy);
		double core = mz(m, mesh, i0, j, j1, wy, k);
		for (int i = i0; i + 1 < mesh.nx(); i++) {
			double a = mz(m, mesh, i, j, j1, wy, k);
			double b = mz(m, mesh, i + 1, j, j1, wy, k);
			if (Math.signum(a) == Math.signum(core) && Math.signum(b) != Math.signum(core) && magnet.isMagnetic(mesh.index(i + 1, j, k))) {
				double x = mesh.centreX(i) + mesh.cellXMetre() * a / (a - b);
				return x - centreXMetre;
			}
		}
		return Double.NaN;
	}

	private static double mz(VectorField m, Mesh mesh, int i, int j, int j1, double wy, int k) {
		return (1 - wy) * m.z[mesh.index(i, j, k)] + wy * m.z[mesh.index(i, j1, k)];
	}
}
