package org.spintex.engine.texture.topology;

import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.observable.TopologicalCharge;
import org.spintex.engine.llg.term.BoundaryCondition;
import org.spintex.engine.llg.term.NeighbourStencil;

/**
 * Where a texture is and how large its core: the centre X = ∫x w / ∫w and the core radius
 * λ = (∫|x − X|² w / ∫w)^½ of a weight w. A texture with a vortex number is weighed by its topological
 * density (Papanicolaou and Tomaras' guiding centre, which moves with the Thiele velocity exactly); one
 * without (a wall, a spiral) by its gradient density (∇m)². The radius is the λ_v of seed 002 eq. (94)
 * for the core of eq. (92).
 *
 * @param xMetre and {@code yMetre}: the centre from the mesh's lower corner, layer 0
 */
public record TextureCentre(double xMetre, double yMetre, double coreRadiusMetre) {

	/** @param region the cells that count (all when null), see {@link TextureRegion} */
	public static TextureCentre of(Magnet magnet, VectorField m, boolean topological, boolean[] region) {
		Mesh mesh = magnet.mesh();
		double[] weight = topological ? TopologicalCharge.density(magnet, m) : gradientDensity(magnet, m);
		if (region != null) {
			for (int c = 0; c < weight.length; c++) {
				weight[c] = region[c] ? weight[c] : 0;
			}
		}
		double w = 0, wx = 0, wy = 0;
		int layer = mesh.nx() * mesh.ny();
		for (int c = 0; c < layer; c++) {
			double x = mesh.centreX(mesh.i(c)), y = mesh.centreY(mesh.j(c));
			w += weight[c];
			wx += weight[c] * x;
			wy += weight[c] * y;
		}
		if (w == 0) {
			throw new IllegalArgumentException("the texture is uniform where it is measured: it has no centre to move and no "
					+ "forces on it; start from a skyrmion, vortex, wall or spiral (or lower the edge margin)");
		}
		double cx = wx / w, cy = wy / w;
		double r2 = 0;
		for (int c = 0; c < layer; c++) {
			double dx = mesh.centreX(mesh.i(c)) - cx, dy = mesh.centreY(mesh.j(c)) - cy;
			r2 += weight[c] * (dx * dx + dy * dy);
		}
		return new TextureCentre(cx, cy, Math.sqrt(Math.abs(r2 / w)));
	}

	private static double[] gradientDensity(Magnet magnet, VectorField m) {
		Mesh mesh = magnet.mesh();
		double[] density = new double[mesh.cellCount()];
		double hx = 0.5 / mesh.cellXMetre(), hy = 0.5 / mesh.cellYMetre();
		NeighbourStencil.forEachMagneticCell(magnet, BoundaryCondition.neumann(), m, (c, v) -> {
			double ax = (v[0] - v[3]) * hx, ay = (v[1] - v[4]) * hx, az = (v[2] - v[5]) * hx;
			double bx = (v[6] - v[9]) * hy, by = (v[7] - v[10]) * hy, bz = (v[8] - v[11]) * hy;
			density[c] = ax * ax + ay * ay + az * az + bx * bx + by * by + bz * bz;
		});
		return density;
	}
}
