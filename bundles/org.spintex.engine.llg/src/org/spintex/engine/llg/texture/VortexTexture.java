package org.spintex.engine.llg.texture;

import org.spintex.core.math.Vector3;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;

/**
 * A magnetic vortex as an initial state: in-plane curling m ∝ c·ẑ × r̂ around the centre, with a core
 * of radius {@code coreRadiusMetre} pointing along p·ẑ (Gaussian profile; relaxation sets the true
 * core). Circulation c = +1 is anticlockwise seen from +z.
 */
public record VortexTexture(double centreXMetre, double centreYMetre, double coreRadiusMetre, int circulation, int polarity) {

	public VortexTexture {
		if (Math.abs(circulation) != 1 || Math.abs(polarity) != 1) {
			throw new IllegalArgumentException("a vortex needs circulation ±1 and polarity ±1");
		}
		if (!(coreRadiusMetre > 0)) {
			throw new IllegalArgumentException("the vortex core radius must be positive");
		}
	}

	public Vector3 direction(double x, double y) {
		double dx = x - centreXMetre, dy = y - centreYMetre;
		double r = Math.hypot(dx, dy);
		double core = polarity * Math.exp(-(r * r) / (coreRadiusMetre * coreRadiusMetre));
		if (r == 0) {
			return new Vector3(0, 0, polarity);
		}
		double inPlane = Math.sqrt(Math.max(0, 1 - core * core));
		return new Vector3(-circulation * dy / r * inPlane, circulation * dx / r * inPlane, core);
	}

	/** Writes the vortex into every magnetic layer of m, leaving empty cells (m = 0) alone. */
	public void writeInto(VectorField m) {
		Mesh mesh = m.mesh();
		for (int k = 0; k < mesh.nz(); k++) {
			for (int j = 0; j < mesh.ny(); j++) {
				for (int i = 0; i < mesh.nx(); i++) {
					int c = mesh.index(i, j, k);
					if (m.x[c] != 0 || m.y[c] != 0 || m.z[c] != 0) {
						m.set(c, direction(mesh.centreX(i), mesh.centreY(j)));
					}
				}
			}
		}
	}
}
