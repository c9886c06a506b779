package org.spintex.engine.negf.study;

import org.spintex.core.math.Vector3;

/**
 * The right-handed frame (e₁, e₂, n) whose third axis is the precession axis n: the engine works with
 * precession about z, the device file may name any axis.
 */
record PrecessionFrame(Vector3 e1, Vector3 e2, Vector3 axis) {

	static PrecessionFrame about(Vector3 axis) {
		Vector3 n = axis.normalized();
		// the lab axis least parallel to n completes the frame
		Vector3 helper = Math.abs(n.x()) <= Math.abs(n.y()) && Math.abs(n.x()) <= Math.abs(n.z()) ? Vector3.UNIT_X
				: Math.abs(n.y()) <= Math.abs(n.z()) ? Vector3.UNIT_Y : Vector3.UNIT_Z;
		if (n.minus(Vector3.UNIT_Z).norm() < 1e-15) {
			return new PrecessionFrame(Vector3.UNIT_X, Vector3.UNIT_Y, Vector3.UNIT_Z);
		}
		Vector3 e1 = helper.minus(n.times(helper.dot(n))).normalized();
		return new PrecessionFrame(e1, n.cross(e1), n);
	}

	Vector3 toFrame(Vector3 v) {
		return new Vector3(v.dot(e1), v.dot(e2), v.dot(axis));
	}

	Vector3 toLab(Vector3 v) {
		return e1.times(v.x()).plus(e2.times(v.y())).plus(axis.times(v.z()));
	}
}
