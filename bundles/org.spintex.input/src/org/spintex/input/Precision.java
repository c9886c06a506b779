package org.spintex.input;

/**
 * The floating-point precision of a micromagnetic study's demag convolution, the bulk of its arithmetic and memory
 * traffic. Everything else (the magnetization, the local fields, the integrator, energies, reductions and error norms)
 * stays in double either way.
 */
public enum Precision implements ChoiceWord {

	/** Spectra and FFTs in double. */
	DOUBLE("double"),
	/** Spectra and FFTs in float, as MuMax3 computes: about 1e-7 relative error per field value, twice the SIMD lanes. */
	SINGLE("single");

	/** What a study computes in when its file says nothing. */
	public static final Precision DEFAULT = DOUBLE;

	private final String word;

	Precision(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return word;
	}
}
