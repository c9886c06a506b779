package org.spintex.input;

/** The outline of a film in the xy plane; the mesh covers its bounding box. */
public enum FilmShape implements ChoiceWord {

	BOX("box"),
	WIRE("wire"),
	DISK("disk"),
	ELLIPSE("ellipse"),
	LOOP("loop");

	private final String word;

	FilmShape(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return word;
	}
}
