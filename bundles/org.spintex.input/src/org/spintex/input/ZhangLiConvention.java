package org.spintex.input;

/**
 * How the spin-drift velocity u of the Zhang–Li torque is defined from the current density: the convention users
 * trip over when they compare codes. Every engine that turns a current into u reads it from here.
 */
public enum ZhangLiConvention implements ChoiceWord {

	/** u = P µB J / (e Ms (1 + ξ²)): MuMax3's definition and the µMAG standard problem 5 (the default). */
	MUMAX("mumax"),

	/** u = P µB J / (e Ms), without the 1/(1 + ξ²) factor (Ubermag, OOMMF's Zhang–Li evolver). */
	UBERMAG("ubermag");

	private final String word;

	ZhangLiConvention(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return word;
	}

	/** The factor u / (P µB J / (e Ms)). */
	public double velocityFactor(double xi) {
		return this == MUMAX ? 1 / (1 + xi * xi) : 1;
	}
}
