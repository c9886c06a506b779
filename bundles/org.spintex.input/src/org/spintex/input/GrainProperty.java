package org.spintex.input;

/** A material property that varies from grain to grain. */
public enum GrainProperty implements ChoiceWord {

	/** Every anisotropy constant of the material (uniaxial, easy-plane, cubic) by the same factor. */
	ANISOTROPY("anisotropy"),
	SATURATION("saturation"),
	EXCHANGE("exchange"),
	DMI("dmi"),
	DAMPING("damping");

	private final String word;

	GrainProperty(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return word;
	}
}
