package org.spintex.input;

/**
 * How a wall on a wire turns (seed 004 Fig. 1(c)), u = (i0 − i)/w: tanh, the plain wall M = (0, sech u, tanh u) for
 * Bloch rotation, or seed 004's noncoplanar M = (−sech u tanh u, sech² u, tanh u).
 */
public enum WallProfile implements ChoiceWord {

	TANH("tanh"),
	NONCOPLANAR("noncoplanar");

	public static final WallProfile DEFAULT = TANH;

	private final String word;

	WallProfile(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return word;
	}
}
