package org.spintex.input;

/**
 * The size of a film that a model without a mesh needs (seed 000's two-terminal film).
 *
 * @param lengthMetre distance between the west and the east edge, where the contacts sit
 * @param widthMetre length of the west and east edges
 */
public record FilmSizeInput(double thicknessMetre, double lengthMetre, double widthMetre) {

	public FilmSizeInput {
		Checks.positive("thickness", thicknessMetre);
		Checks.positive("length", lengthMetre);
		Checks.positive("width", widthMetre);
	}
}
