package org.spintex.engine.llg.observable;

import org.spintex.core.math.SolidAngle;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;

/**
 * Topological charge Q = (1/4π)∫ m·(∂ₓm × ∂ᵧm) d²r of one layer, by the lattice construction of
 * Berg and Lüscher, Nucl. Phys. B 190, 412 (1981): every plaquette of cell centres is cut into two
 * triangles and the signed solid angles that m spans on them are summed. Unlike finite differences,
 * this counts the integer charge exactly whenever the texture is uniform on the boundary, whatever
 * the resolution. Sign: a skyrmion with its core down in an up background has Q = −1 here (the
 * convention of MuMax3); seed 000 counts it +1.
 */
public final class TopologicalCharge {

	private TopologicalCharge() {
	}

	/** Q of layer {@code k} of {@code m}, with open (non-periodic) boundaries. */
	public static double ofLayer(VectorField m, int k) {
		Mesh mesh = m.mesh();
		double sum = 0;
		for (int j = 0; j + 1 < mesh.ny(); j++) {
			for (int i = 0; i + 1 < mesh.nx(); i++) {
				int a = mesh.index(i, j, k);
				int b = mesh.index(i + 1, j, k);
				int c = mesh.index(i + 1, j + 1, k);
				int d = mesh.index(i, j + 1, k);
				// both triangles anticlockwise in the xy plane, matching the orientation of ∂ₓm × ∂ᵧm
				sum += solidAngle(m, a, b, c) + solidAngle(m, a, c, d);
			}
		}
		return sum / (4 * Math.PI);
	}

	private static double solidAngle(VectorField m, int a, int b, int c) {
		return SolidAngle.of(m.x(a), m.y(a), m.z(a), m.x(b), m.y(b), m.z(b), m.x(c), m.y(c), m.z(c));
	}
}
