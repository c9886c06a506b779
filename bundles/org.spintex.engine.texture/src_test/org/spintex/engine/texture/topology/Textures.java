package org.spintex.engine.texture.topology;

import java.util.function.BiFunction;

import org.spintex.core.math.Vector3;
import org.spintex.core.parallel.CellLoops;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.mesh.Shape;
import org.spintex.engine.llg.model.Magnet;

/** Textures sampled on a film for the tests: analytic profiles with known integrals. */
public final class Textures {

	public static final double MS = 580e3;
	private static final CellLoops SERIAL = new CellLoops(1);

	private Textures() {
	}

	public static Magnet film(int nx, int ny, double cellMetre, double thicknessMetre) {
		return Magnet.of(new Mesh(nx, ny, 1, cellMetre, cellMetre, thicknessMetre), new Shape.Everywhere(), MS, 0.3, 1.7595e11,
				SERIAL);
	}

	/** A disk-shaped film of cells × cells: the cells outside the inscribed circle are empty. */
	public static Magnet disk(int cells, double cellMetre, double thicknessMetre) {
		return Magnet.of(new Mesh(cells, cells, 1, cellMetre, cellMetre, thicknessMetre), new Shape.Disk(cells * cellMetre), MS, 0.3,
				1.7595e11, SERIAL);
	}

	/** m sampled at the cell centres, positions from the film's centre. */
	public static VectorField sample(Magnet magnet, BiFunction<Double, Double, Vector3> direction) {
		Mesh mesh = magnet.mesh();
		VectorField m = new VectorField(mesh);
		for (int c = 0; c < mesh.cellCount(); c++) {
			if (!magnet.isMagnetic(c)) {
				continue;
			}
			m.set(c, direction.apply(mesh.centreX(mesh.i(c)) - mesh.sizeXMetre() / 2, mesh.centreY(mesh.j(c)) - mesh.sizeYMetre() / 2));
		}
		return m;
	}

	/**
	 * The Belavin–Polyakov skyrmion, tan(θ/2) = R/r with θ the polar angle of m measured from −ẑ... written
	 * directly: m_z = (r² − R²)/(r² + R²) (core down, up at infinity), in-plane part radial (Néel). Its
	 * exchange integral ∫(∇m)² d²x is exactly 8π at any R (Belavin and Polyakov, JETP Lett. 22, 245 (1975)).
	 */
	public static BiFunction<Double, Double, Vector3> belavinPolyakov(double radiusMetre) {
		return (x, y) -> {
			double r2 = x * x + y * y, rr = radiusMetre * radiusMetre;
			double inPlane = 2 * radiusMetre / (r2 + rr);
			return new Vector3(inPlane * x, inPlane * y, (r2 - rr) / (r2 + rr));
		};
	}

	/**
	 * Seed 002 eq. (92): φ = atan(y/x) + π/2 (anticlockwise curl), θ = π/(2(1 − e⁻¹))(1 − e^{−r²/λ²}) inside
	 * the core, π/2 outside: the spin n points up (θ = 0) at the centre, so m = −n points down there.
	 */
	public static BiFunction<Double, Double, Vector3> seedVortex(double coreRadiusMetre) {
		return (x, y) -> {
			double r = Math.hypot(x, y);
			double theta = r > coreRadiusMetre ? Math.PI / 2
					: Math.PI / (2 * (1 - Math.exp(-1))) * (1 - Math.exp(-r * r / (coreRadiusMetre * coreRadiusMetre)));
			double phi = Math.atan2(y, x) + Math.PI / 2;
			// m = −n
			return new Vector3(-Math.sin(theta) * Math.cos(phi), -Math.sin(theta) * Math.sin(phi), -Math.cos(theta));
		};
	}

	/** A Bloch wall across x, θ = 2 atan(e^{x/Δ}): ∫(∂ₓθ)² dx = 2/Δ. */
	public static BiFunction<Double, Double, Vector3> blochWall(double widthMetre) {
		return (x, y) -> {
			double theta = 2 * Math.atan(Math.exp(x / widthMetre));
			return new Vector3(0, Math.sin(theta), Math.cos(theta));
		};
	}
}
