package org.spintex.input;

/** How a spin spiral turns: cycloidal (Néel-like, m rotates in the plane of the wave vector and z) or helical (Bloch-like, m rotates in the plane normal to the wave vector). */
public enum SpiralChirality implements ChoiceWord {

	CYCLOIDAL("cycloidal"),
	HELICAL("helical");

	private final String word;

	SpiralChirality(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return word;
	}
}
