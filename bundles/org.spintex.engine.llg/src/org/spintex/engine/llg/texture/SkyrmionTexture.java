package org.spintex.engine.llg.texture;

import org.spintex.core.math.Vector3;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;

/**
 * An isolated skyrmion written into the reduced magnetization m as an initial state.
 *
 * <p>Polar profile: the 360° domain-wall ansatz θ(r) = 2 arctan[sinh(R/w) / sinh(r/w)] of Romming
 * et al., PRL 114, 177203 (2015), with θ = π at the centre and θ → 0 far away, R the radius (m_z = 0)
 * and w the wall width. Azimuth: φ = W·atan2(y, x) + η with vorticity W (+1 skyrmion, −1
 * antiskyrmion) and helicity η (0 Néel outward, π/2 Bloch). The core points along
 * {@code corePolarity}·ẑ and the background the other way, so with Q = (1/4π)∫m·(∂ₓm × ∂ᵧm)d²r
 * the charge is Q = W·p (our sign convention; seed 000 uses the opposite sign).
 *
 * @param centreXMetre x of the centre, measured from the mesh's lower corner
 * @param centreYMetre y of the centre, measured from the mesh's lower corner
 * @param radiusMetre  radius R where m_z changes sign
 * @param wallWidthMetre width w of the circular wall
 * @param vorticity    W = ±1 (any non-zero integer gives a higher-order texture)
 * @param helicityRadian η
 * @param corePolarity p = +1 (core up) or −1 (core down)
 */
public record SkyrmionTexture(double centreXMetre, double centreYMetre, double radiusMetre, double wallWidthMetre,
		int vorticity, double helicityRadian, int corePolarity) {

	public SkyrmionTexture {
		if (!(radiusMetre > 0 && wallWidthMetre > 0)) {
			throw new IllegalArgumentException("skyrmion radius and wall width must be positive");
		}
		if (vorticity == 0) {
			throw new IllegalArgumentException("a skyrmion needs a non-zero vorticity");
		}
		if (corePolarity != 1 && corePolarity != -1) {
			throw new IllegalArgumentException("core polarity must be +1 or -1, got " + corePolarity);
		}
	}

	/** The Néel skyrmion with its core down in an up background, the common ground state of Cnv films. */
	public static SkyrmionTexture neel(double centreXMetre, double centreYMetre, double radiusMetre, double wallWidthMetre) {
		return new SkyrmionTexture(centreXMetre, centreYMetre, radiusMetre, wallWidthMetre, 1, 0, -1);
	}

	/** Polar angle θ(r) of the profile, π at the centre. */
	public double polarAngle(double r) {
		double w = wallWidthMetre;
		return 2 * Math.atan2(Math.sinh(radiusMetre / w), Math.sinh(r / w));
	}

	/** The direction of m at the position (x, y). */
	public Vector3 direction(double x, double y) {
		double dx = x - centreXMetre;
		double dy = y - centreYMetre;
		double theta = polarAngle(Math.hypot(dx, dy));
		double phi = vorticity * Math.atan2(dy, dx) + helicityRadian;
		double s = Math.sin(theta);
		// core polarity p: m_z = -p cos θ, so m_z = p at the centre (θ = π)
		return new Vector3(s * Math.cos(phi), s * Math.sin(phi), -corePolarity * Math.cos(theta));
	}

	/** Fills every layer of {@code m} with this texture, sampled at the cell centres. */
	public void writeInto(VectorField m) {
		Mesh mesh = m.mesh();
		for (int k = 0; k < mesh.nz(); k++) {
			for (int j = 0; j < mesh.ny(); j++) {
				for (int i = 0; i < mesh.nx(); i++) {
					m.set(mesh.index(i, j, k), direction(mesh.centreX(i), mesh.centreY(j)));
				}
			}
		}
	}
}
