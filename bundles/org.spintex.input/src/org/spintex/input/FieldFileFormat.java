package org.spintex.input;

/** How field snapshots are written: OVF 2.0 in one of its data representations, or VTK image data. */
public enum FieldFileFormat implements ChoiceWord {

	OVF_BINARY4("binary4"),
	OVF_BINARY8("binary8"),
	OVF_TEXT("text"),
	VTK("vtk");

	/** What a study writes when its file says nothing: single-precision OVF 2.0, as MuMax3 does. */
	public static final FieldFileFormat DEFAULT = OVF_BINARY4;

	private final String word;

	FieldFileFormat(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return word;
	}
}
