package org.spintex.engine.llg.observable;

import org.spintex.core.results.FieldSnapshot;
import org.spintex.core.topology.LatticeCharge;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.term.BoundaryCondition;
import org.spintex.engine.llg.term.NeighbourStencil;

/**
 * Topological charge Q = (1/4π)∫ m·(∂ₓm × ∂ᵧm) d²r of one layer, two ways.
 *
 * <p>{@link #ofLayer}: the lattice construction of Berg and Lüscher ({@link LatticeCharge}): it counts the
 * integer charge exactly whenever the texture is uniform on the boundary, whatever the resolution. {@link #finiteDifference}: the density of seed 000 eq. (5)
 * with central differences, what MuMax3's ext_topologicalcharge reports; it converges to the integer
 * only as the mesh is refined.
 *
 * <p>Sign: a skyrmion with its core down in an up background has Q = −1 here (the convention of
 * MuMax3); seed 000 eq. (5) defines Q with the opposite sign and counts it +1.
 */
public final class TopologicalCharge {

	private TopologicalCharge() {
	}

	/** Lattice Q of layer {@code k} of {@code m}, with open (non-periodic) boundaries; empty cells have m = 0 and span no angle. */
	public static double ofLayer(VectorField m, int k) {
		return ofLayer(m, k, null);
	}

	/**
	 * Lattice Q of layer {@code k} counting only the plaquettes whose four corners lie in {@code region}
	 * (all cells when null): {@link LatticeCharge}, the one construction engines and views share.
	 */
	public static double ofLayer(VectorField m, int k, boolean[] region) {
		return LatticeCharge.ofLayer(grid(m), k, region);
	}

	/** The lattice charge of every plaquette of layer {@code k}, at the index i + nx·j of its lower-left cell. */
	public static double[] plaquetteCharges(VectorField m, int k, boolean[] region) {
		return LatticeCharge.plaquetteCharges(grid(m), k, region);
	}

	/** {@code m} seen as a grid of vectors, sharing its arrays. */
	static FieldSnapshot grid(VectorField m) {
		Mesh mesh = m.mesh();
		return new FieldSnapshot("m", "1", 0, mesh.nx(), mesh.ny(), mesh.nz(), mesh.cellXMetre(), mesh.cellYMetre(),
				mesh.cellZMetre(), new double[][] { m.x, m.y, m.z });
	}

	/** Finite-difference Q of layer {@code k}: Σ ρ ΔxΔy with ρ from {@link #density}. */
	public static double finiteDifference(Magnet magnet, VectorField m, int k) {
		double[] rho = density(magnet, m);
		Mesh mesh = magnet.mesh();
		double sum = 0;
		for (int c = mesh.index(0, 0, k); c < mesh.index(0, 0, k) + mesh.nx() * mesh.ny(); c++) {
			sum += rho[c];
		}
		return sum * mesh.cellXMetre() * mesh.cellYMetre();
	}

	/** The topological charge density ρ = (1/4π) m·(∂ₓm × ∂ᵧm) per cell, 1/m², by central differences. */
	public static double[] density(Magnet magnet, VectorField m) {
		double[] rho = new double[magnet.mesh().cellCount()];
		forEachGradient(magnet, m, (c, ax, ay, az, bx, by, bz) -> rho[c] = (m.x[c] * (ay * bz - az * by)
				+ m.y[c] * (az * bx - ax * bz) + m.z[c] * (ax * by - ay * bx)) / (4 * Math.PI));
		return rho;
	}

	/**
	 * The skyrmion-charge current of seed 000 eq. (7), j = (1/4π) m·[(ẑ × ∇)m × ṁ] up to the sign of our
	 * charge: with ρ = (1/4π) m·(∂ₓm × ∂ᵧm) the continuity equation ∂ₜρ + ∇·j = 0 (eq. (6)) holds for
	 * jₓ = (1/4π) m·(∂ᵧm × ṁ), jᵧ = −(1/4π) m·(∂ₓm × ṁ). Returns {jₓ, jᵧ} per cell, in 1/(m·s).
	 */
	public static double[][] current(Magnet magnet, VectorField m, VectorField dmdt) {
		double[] jx = new double[magnet.mesh().cellCount()];
		double[] jy = new double[magnet.mesh().cellCount()];
		forEachGradient(magnet, m, (c, ax, ay, az, bx, by, bz) -> {
			double tx = dmdt.x[c], ty = dmdt.y[c], tz = dmdt.z[c];
			double mx = m.x[c], my = m.y[c], mz = m.z[c];
			jx[c] = (mx * (by * tz - bz * ty) + my * (bz * tx - bx * tz) + mz * (bx * ty - by * tx)) / (4 * Math.PI);
			jy[c] = -(mx * (ay * tz - az * ty) + my * (az * tx - ax * tz) + mz * (ax * ty - ay * tx)) / (4 * Math.PI);
		});
		return new double[][] { jx, jy };
	}

	/** Receives a magnetic cell with its in-plane gradients a = ∂ₓm and b = ∂ᵧm. */
	@FunctionalInterface
	private interface GradientConsumer {
		void accept(int cell, double ax, double ay, double az, double bx, double by, double bz);
	}

	/** Central-difference ∂ₓm and ∂ᵧm of every magnetic cell, Neumann ghosts at the edges. */
	private static void forEachGradient(Magnet magnet, VectorField m, GradientConsumer consumer) {
		Mesh mesh = magnet.mesh();
		double hx = 0.5 / mesh.cellXMetre(), hy = 0.5 / mesh.cellYMetre();
		NeighbourStencil.forEachMagneticCell(magnet, BoundaryCondition.neumann(), m, (c, v) -> consumer.accept(c,
				(v[0] - v[3]) * hx, (v[1] - v[4]) * hx, (v[2] - v[5]) * hx, (v[6] - v[9]) * hy, (v[7] - v[10]) * hy, (v[8] - v[11]) * hy));
	}
}
