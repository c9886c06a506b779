package org.spintex.engine.llg.field;

import org.spintex.core.math.Vector3;
import org.spintex.engine.llg.mesh.Mesh;

/**
 * A 3-component field on a mesh (the reduced magnetization m, an effective field, a torque), stored
 * as three component arrays so that the cell kernels stream through memory contiguously and the JIT
 * can vectorise them.
 */
public final class VectorField {

	private final Mesh mesh;
	/** Components, public to the kernels of this engine: a field is a bag of numbers, not an object graph. */
	public final double[] x;
	public final double[] y;
	public final double[] z;

	public VectorField(Mesh mesh) {
		this.mesh = mesh;
		int n = mesh.cellCount();
		this.x = new double[n];
		this.y = new double[n];
		this.z = new double[n];
	}

	public Mesh mesh() {
		return mesh;
	}

	public int cellCount() {
		return x.length;
	}

	public Vector3 get(int cell) {
		return new Vector3(x[cell], y[cell], z[cell]);
	}

	public void set(int cell, Vector3 v) {
		x[cell] = v.x();
		y[cell] = v.y();
		z[cell] = v.z();
	}

	public void set(int cell, double vx, double vy, double vz) {
		x[cell] = vx;
		y[cell] = vy;
		z[cell] = vz;
	}

	public double x(int cell) {
		return x[cell];
	}

	public double y(int cell) {
		return y[cell];
	}

	public double z(int cell) {
		return z[cell];
	}

	/** Copies every component of {@code other}, which must live on the same mesh. */
	public void copyFrom(VectorField other) {
		System.arraycopy(other.x, 0, x, 0, x.length);
		System.arraycopy(other.y, 0, y, 0, y.length);
		System.arraycopy(other.z, 0, z, 0, z.length);
	}

	/** Sets every component of the cells [from, to) to zero. */
	public void clear(int from, int to) {
		java.util.Arrays.fill(x, from, to, 0);
		java.util.Arrays.fill(y, from, to, 0);
		java.util.Arrays.fill(z, from, to, 0);
	}

	public void clear() {
		clear(0, x.length);
	}

	public VectorField copy() {
		VectorField c = new VectorField(mesh);
		c.copyFrom(this);
		return c;
	}
}
