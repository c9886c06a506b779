package org.spintex.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SolidAngleTest {

	private static final Vector3 X = Vector3.UNIT_X;
	private static final Vector3 Y = Vector3.UNIT_Y;
	private static final Vector3 Z = Vector3.UNIT_Z;

	@Test
	void octantSubtendsAnEighthOfTheSphere() {
		// the triangle x, y, z bounds one octant: 4π/8 = π/2
		assertEquals(Math.PI / 2, SolidAngle.of(X, Y, Z), 1e-15);
	}

	@Test
	void reversedOrientationFlipsTheSign() {
		assertEquals(-Math.PI / 2, SolidAngle.of(X, Z, Y), 1e-15);
	}

	@Test
	void closedOctahedronCoversTheWholeSphere() {
		// the eight outward-oriented faces of the octahedron ±x, ±y, ±z tile the sphere: 4π
		Vector3 mx = X.times(-1), my = Y.times(-1), mz = Z.times(-1);
		double total = SolidAngle.of(X, Y, Z) + SolidAngle.of(Y, mx, Z) + SolidAngle.of(mx, my, Z)
				+ SolidAngle.of(my, X, Z) + SolidAngle.of(Y, X, mz) + SolidAngle.of(mx, Y, mz)
				+ SolidAngle.of(my, mx, mz) + SolidAngle.of(X, my, mz);
		assertEquals(4 * Math.PI, total, 1e-14);
	}

	@Test
	void equilateralTriangleMatchesGirardsTheorem() {
		// Girard: the area of a spherical triangle is its angle excess, Ω = A + B + C − π
		double theta = 0.7;
		Vector3 a = Vector3.fromSpherical(theta, 0);
		Vector3 b = Vector3.fromSpherical(theta, 2 * Math.PI / 3);
		Vector3 c = Vector3.fromSpherical(theta, 4 * Math.PI / 3);
		double girard = 3 * sphericalAngle(a, b, c) - Math.PI;
		assertEquals(girard, SolidAngle.of(a, b, c), 1e-13);
	}

	/** Angle at vertex a between the great circles a→b and a→c (independent of the tested formula). */
	private static double sphericalAngle(Vector3 a, Vector3 b, Vector3 c) {
		Vector3 tb = b.minus(a.times(a.dot(b))).normalized();
		Vector3 tc = c.minus(a.times(a.dot(c))).normalized();
		return Math.acos(tb.dot(tc));
	}
}
