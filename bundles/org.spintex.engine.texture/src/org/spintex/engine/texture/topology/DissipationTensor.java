package org.spintex.engine.texture.topology;

import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.term.BoundaryCondition;
import org.spintex.engine.llg.term.NeighbourStencil;

/**
 * Thiele's dissipation dyadic D_ij = ∫d³x ∂ᵢn·∂ⱼn (Thiele, PRL 30, 230 (1973)), in metres: with the
 * damping it gives the friction η̂ = αs D̂ of seed 002 eq. (89), with β the β force of eq. (86), whose
 * γ = ∫(∇ᵢS)² along the current is S² D_ii. Eq. (89) writes the friction as one number,
 * α̃ = αs∫[(∇θ)² + sin²θ(∇φ)²] = αs(D_xx + D_yy); for a texture of rotational symmetry that is twice
 * the D_xx that resists motion along x, which is what the force balance along x needs (the micromagnetic
 * cross-check decides it), so the tensor is kept. Central differences, the same for n and m = −n.
 */
public record DissipationTensor(double xxMetre, double xyMetre, double yyMetre) {

	public static DissipationTensor of(Magnet magnet, VectorField m) {
		return of(magnet, m, null);
	}

	/** D̂ over {@code region} only (all cells when null), see {@link TextureRegion}. */
	public static DissipationTensor of(Magnet magnet, VectorField m, boolean[] region) {
		Mesh mesh = magnet.mesh();
		double hx = 0.5 / mesh.cellXMetre(), hy = 0.5 / mesh.cellYMetre();
		double[] xx = new double[mesh.cellCount()];
		double[] xy = new double[mesh.cellCount()];
		double[] yy = new double[mesh.cellCount()];
		NeighbourStencil.forEachMagneticCell(magnet, BoundaryCondition.neumann(), m, (c, v) -> {
			if (region != null && !region[c]) {
				return;
			}
			double ax = (v[0] - v[3]) * hx, ay = (v[1] - v[4]) * hx, az = (v[2] - v[5]) * hx;
			double bx = (v[6] - v[9]) * hy, by = (v[7] - v[10]) * hy, bz = (v[8] - v[11]) * hy;
			xx[c] = ax * ax + ay * ay + az * az;
			xy[c] = ax * bx + ay * by + az * bz;
			yy[c] = bx * bx + by * by + bz * bz;
		});
		double volume = mesh.cellVolume();
		return new DissipationTensor(sum(xx) * volume, sum(xy) * volume, sum(yy) * volume);
	}

	/** D_xx + D_yy = ∫(∇n)², the integral of eq. (89)'s α̃ and of the exchange energy density. */
	public double trace() {
		return xxMetre + yyMetre;
	}

	private static double sum(double[] values) {
		double s = 0;
		for (double v : values) {
			s += v;
		}
		return s;
	}
}
