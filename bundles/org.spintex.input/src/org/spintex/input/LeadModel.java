package org.spintex.input;

/** The semi-infinite leads of a tight-binding wire (seed 004): chains with the wire's hopping, or wide-band leads with Σ = −iγ_c²/γ. */
public enum LeadModel implements ChoiceWord {

	TIGHT_BINDING("tight-binding"),
	WIDE_BAND("wide-band");

	private final String word;

	LeadModel(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return word;
	}
}
