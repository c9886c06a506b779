package org.spintex.engine.llg.texture;

import org.spintex.core.math.Vector3;
import org.spintex.input.Axis;
import org.spintex.input.SpiralChirality;

/**
 * A spin spiral of period λ whose wave vector k = (2π/λ) k̂ points along {@code axis}, φ = k·r. Cycloidal
 * (Néel-like, the ground state of interfacial DMI): m turns in the plane of k̂ and z, m = cos φ ẑ + sin φ k̂, and for
 * k̂ = ẑ in the x-z plane, m = (sin φ, 0, cos φ). Helical (Bloch-like, bulk DMI): m turns in the plane normal to k̂:
 * (0, sin φ, cos φ) along x, (sin φ, 0, cos φ) along y, (cos φ, sin φ, 0) along z.
 */
public record SpiralTexture(double periodMetre, Axis axis, SpiralChirality chirality) {

	public SpiralTexture {
		if (!(periodMetre > 0)) {
			throw new IllegalArgumentException("the spiral period must be positive");
		}
	}

	public Vector3 direction(double x, double y, double z) {
		double along = switch (axis) {
		case X -> x;
		case Y -> y;
		case Z -> z;
		};
		double phase = 2 * Math.PI * along / periodMetre;
		double s = Math.sin(phase), c = Math.cos(phase);
		boolean cycloid = chirality == SpiralChirality.CYCLOIDAL;
		return switch (axis) {
		case X -> cycloid ? new Vector3(s, 0, c) : new Vector3(0, s, c);
		case Y -> cycloid ? new Vector3(0, s, c) : new Vector3(s, 0, c);
		case Z -> cycloid ? new Vector3(s, 0, c) : new Vector3(c, s, 0);
		};
	}
}
