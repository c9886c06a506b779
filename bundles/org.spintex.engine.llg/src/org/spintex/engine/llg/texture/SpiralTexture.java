package org.spintex.engine.llg.texture;

import org.spintex.core.math.Vector3;

/**
 * A spin spiral with wave vector along x and period λ: cycloidal m = (sin kx, 0, cos kx) (Néel-like,
 * the ground state of interfacial DMI) or helical m = (0, sin kx, cos kx) (Bloch-like, bulk DMI),
 * k = 2π/λ. {@code axis} y winds along y instead.
 */
public record SpiralTexture(double periodMetre, String axis, String chirality) {

	public SpiralTexture {
		if (!(periodMetre > 0)) {
			throw new IllegalArgumentException("the spiral period must be positive");
		}
	}

	public Vector3 direction(double x, double y) {
		boolean alongY = axis.equals("y");
		double phase = 2 * Math.PI * (alongY ? y : x) / periodMetre;
		double s = Math.sin(phase), c = Math.cos(phase);
		boolean cycloid = chirality.equals("cycloidal");
		if (alongY) {
			return cycloid ? new Vector3(0, s, c) : new Vector3(s, 0, c);
		}
		return cycloid ? new Vector3(s, 0, c) : new Vector3(0, s, c);
	}
}
