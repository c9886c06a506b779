package org.spintex.engine.llg.texture;

import org.spintex.core.math.Vector3;
import org.spintex.input.WallArrangement;
import org.spintex.input.WallChirality;

/**
 * A straight domain wall across x at x₀ with the profile θ(x) = 2 arctan e^((x − x₀)/Δ) between two
 * domains: up-down or down-up along z, head-to-head or tail-to-tail along x. A Bloch wall turns
 * through y (for z domains) or z (for x domains); a Néel wall turns through x (for z domains) or y.
 */
public record DomainWallTexture(double centreXMetre, double widthMetre, WallArrangement arrangement, WallChirality chirality) {

	public DomainWallTexture {
		if (!(widthMetre > 0)) {
			throw new IllegalArgumentException("the wall width must be positive");
		}
	}

	public Vector3 direction(double x, double y) {
		double theta = 2 * Math.atan(Math.exp((x - centreXMetre) / widthMetre));
		double along = Math.cos(theta);
		double across = Math.sin(theta);
		boolean neel = chirality == WallChirality.NEEL;
		return switch (arrangement) {
			case UP_DOWN -> neel ? new Vector3(across, 0, along) : new Vector3(0, across, along);
			case DOWN_UP -> neel ? new Vector3(across, 0, -along) : new Vector3(0, across, -along);
			case HEAD_TO_HEAD -> neel ? new Vector3(along, across, 0) : new Vector3(along, 0, across);
			case TAIL_TO_TAIL -> neel ? new Vector3(-along, across, 0) : new Vector3(-along, 0, across);
		};
	}
}
