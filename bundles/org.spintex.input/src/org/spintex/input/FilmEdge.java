package org.spintex.input;

/** An edge of a film, by the compass: west and east bound it along x, south and north along y. */
public enum FilmEdge implements ChoiceWord {

	WEST("west"),
	EAST("east"),
	SOUTH("south"),
	NORTH("north");

	private final String word;

	FilmEdge(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return word;
	}
}
