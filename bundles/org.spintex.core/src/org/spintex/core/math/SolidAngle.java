package org.spintex.core.math;

/**
 * Signed solid angle subtended by the spherical triangle of three unit vectors.
 *
 * <p>This is the kernel of the lattice topological charge (Berg and Lüscher, Nucl. Phys. B 190,
 * 412 (1981)): the charge of a discrete texture is the sum of these angles over a triangulation,
 * divided by 4π, and is an exact integer for a closed surface whatever the mesh.
 * The formula is Van Oosterom and Strackee, IEEE Trans. Biomed. Eng. 30, 125 (1983):
 * tan(Ω/2) = a·(b×c) / (1 + a·b + b·c + c·a). Using atan2 keeps the full range (−2π, 2π).
 */
public final class SolidAngle {

	private SolidAngle() {
	}

	/**
	 * Solid angle in steradian of the triangle a → b → c on the unit sphere, positive when the
	 * triangle is traversed anticlockwise seen from outside (a·(b×c) &gt; 0).
	 */
	public static double of(Vector3 a, Vector3 b, Vector3 c) {
		return of(a.x(), a.y(), a.z(), b.x(), b.y(), b.z(), c.x(), c.y(), c.z());
	}

	/** Same as {@link #of(Vector3, Vector3, Vector3)} on raw components, for allocation-free kernels. */
	public static double of(double ax, double ay, double az, double bx, double by, double bz,
			double cx, double cy, double cz) {
		double tripleProduct = ax * (by * cz - bz * cy) + ay * (bz * cx - bx * cz) + az * (bx * cy - by * cx);
		double denominator = 1 + (ax * bx + ay * by + az * bz) + (bx * cx + by * cy + bz * cz)
				+ (cx * ax + cy * ay + cz * az);
		return 2 * Math.atan2(tripleProduct, denominator);
	}
}
