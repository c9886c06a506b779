package org.spintex.input;

/** How field snapshots are written: OVF 2.0 in one of its data representations, or VTK image data. */
public enum FieldFileFormat implements ChoiceWord {

	OVF_BINARY4("binary4"),
	OVF_BINARY8("binary8"),
	OVF_TEXT("text"),
	VTK("vtk");

	private final String word;

	FieldFileFormat(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return word;
	}
}
