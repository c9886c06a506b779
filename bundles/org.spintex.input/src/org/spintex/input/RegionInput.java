package org.spintex.input;

import java.util.Optional;

import org.spintex.core.geometry.PlaneShape;

/**
 * A region of a film: the cells of the film whose centres lie inside {@code outline}, with their own material (the
 * film's, with the properties the region overrides), or no material at all (a notch, a hole). Later regions of a film
 * take the cells they share with earlier ones.
 *
 * @param material the region's material; empty for a hole
 * @param exchangeScale the factor on the exchange bonds between this region and the rest of the film (1: the
 *        harmonic mean of the two sides' A alone); a bond between two scaled regions takes both factors
 */
public record RegionInput(String name, PlaneShape outline, Optional<MagnetMaterialInput> material, double exchangeScale) {

	public RegionInput {
		Checks.nonNegative("exchange scale", exchangeScale);
		if (name == null || outline == null) {
			throw new IllegalArgumentException("a region needs its name and outline");
		}
	}

	/** True for a hole: the region's cells carry no magnetization. */
	public boolean empty() {
		return material.isEmpty();
	}
}
