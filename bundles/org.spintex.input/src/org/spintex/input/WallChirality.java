package org.spintex.input;

/** How the moments turn inside a domain wall: Bloch or Néel rotation. */
public enum WallChirality implements ChoiceWord {

	BLOCH("bloch"),
	NEEL("neel");

	private final String word;

	WallChirality(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return word;
	}
}
