package org.spintex.input;

/** The electrons under a macrospin (seed 003): none, the Dirac surface of a 3D topological insulator (sec. 2.3) or the helical edge of a 2D one (sec. 2.4). */
public enum InterfaceModel implements ChoiceWord {

	NONE("none"),
	TI_SURFACE("ti-surface"),
	TI_EDGE("ti-edge");

	private final String word;

	InterfaceModel(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return word;
	}
}
