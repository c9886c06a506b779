package org.spintex.engine.llg.texture;

import org.spintex.core.math.Vector3;

/**
 * A straight domain wall across x at x₀ with the profile θ(x) = 2 arctan e^((x − x₀)/Δ) between two
 * domains: up-down or down-up along z, head-to-head or tail-to-tail along x. A Bloch wall turns
 * through y (for z domains) or z (for x domains); a Néel wall turns through x (for z domains) or y.
 */
public record DomainWallTexture(double centreXMetre, double widthMetre, String arrangement, String chirality) {

	public DomainWallTexture {
		if (!(widthMetre > 0)) {
			throw new IllegalArgumentException("the wall width must be positive");
		}
	}

	public Vector3 direction(double x, double y) {
		double theta = 2 * Math.atan(Math.exp((x - centreXMetre) / widthMetre));
		double along = Math.cos(theta);
		double across = Math.sin(theta);
		boolean neel = chirality.equals("neel");
		return switch (arrangement) {
			case "up-down" -> neel ? new Vector3(across, 0, along) : new Vector3(0, across, along);
			case "down-up" -> neel ? new Vector3(across, 0, -along) : new Vector3(0, across, -along);
			case "head-to-head" -> neel ? new Vector3(along, across, 0) : new Vector3(along, 0, across);
			case "tail-to-tail" -> neel ? new Vector3(-along, across, 0) : new Vector3(-along, 0, across);
			default -> throw new IllegalArgumentException("unknown wall arrangement '" + arrangement + "'");
		};
	}
}
