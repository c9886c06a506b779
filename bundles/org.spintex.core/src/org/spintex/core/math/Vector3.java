package org.spintex.core.math;

/** An immutable Cartesian 3-vector: magnetization directions, fields, torques, positions. */
public record Vector3(double x, double y, double z) {

	public static final Vector3 ZERO = new Vector3(0, 0, 0);
	public static final Vector3 UNIT_X = new Vector3(1, 0, 0);
	public static final Vector3 UNIT_Y = new Vector3(0, 1, 0);
	public static final Vector3 UNIT_Z = new Vector3(0, 0, 1);

	/** The unit vector with polar angle {@code theta} from +z and azimuth {@code phi} from +x. */
	public static Vector3 fromSpherical(double theta, double phi) {
		double s = Math.sin(theta);
		return new Vector3(s * Math.cos(phi), s * Math.sin(phi), Math.cos(theta));
	}

	public Vector3 plus(Vector3 o) {
		return new Vector3(x + o.x, y + o.y, z + o.z);
	}

	public Vector3 minus(Vector3 o) {
		return new Vector3(x - o.x, y - o.y, z - o.z);
	}

	public Vector3 times(double s) {
		return new Vector3(s * x, s * y, s * z);
	}

	public double dot(Vector3 o) {
		return x * o.x + y * o.y + z * o.z;
	}

	public Vector3 cross(Vector3 o) {
		return new Vector3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
	}

	public double norm() {
		return Math.sqrt(dot(this));
	}

	/** This vector scaled to unit length; the zero vector has no direction and is rejected. */
	public Vector3 normalized() {
		double n = norm();
		if (n == 0) {
			throw new ArithmeticException("the zero vector has no direction");
		}
		return times(1 / n);
	}
}
