package org.spintex.engine.llg.field;

import org.spintex.core.math.Vector3;
import org.spintex.engine.llg.mesh.Mesh;

/**
 * A 3-component field on a mesh (the reduced magnetization m, an effective field, a torque),
 * stored as one interleaved array so kernels stream through memory once.
 */
public final class VectorField {

	private final Mesh mesh;
	private final double[] components;

	public VectorField(Mesh mesh) {
		this.mesh = mesh;
		this.components = new double[3 * mesh.cellCount()];
	}

	public Mesh mesh() {
		return mesh;
	}

	public Vector3 get(int cell) {
		int o = 3 * cell;
		return new Vector3(components[o], components[o + 1], components[o + 2]);
	}

	public void set(int cell, Vector3 v) {
		int o = 3 * cell;
		components[o] = v.x();
		components[o + 1] = v.y();
		components[o + 2] = v.z();
	}

	public double x(int cell) {
		return components[3 * cell];
	}

	public double y(int cell) {
		return components[3 * cell + 1];
	}

	public double z(int cell) {
		return components[3 * cell + 2];
	}
}
