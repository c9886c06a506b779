package org.spintex.input;

/** The symmetry of a material's Dzyaloshinskii–Moriya interaction: none, interfacial (C∞v), bulk (T, O) or D2d. */
public enum DmiKind implements ChoiceWord {

	NONE("none"),
	INTERFACIAL("interfacial"),
	BULK("bulk"),
	D2D("D2d");

	private final String word;

	DmiKind(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return word;
	}
}
