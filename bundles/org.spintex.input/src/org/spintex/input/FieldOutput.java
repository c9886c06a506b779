package org.spintex.input;

/** A field a micromagnetic study writes at every output time. */
public enum FieldOutput implements ChoiceWord {

	MAGNETIZATION("m"),
	EFFECTIVE_FIELD("effective-field"),
	TORQUE("torque"),
	TOPOLOGICAL_DENSITY("topological-density"),
	TOPOLOGICAL_CURRENT("topological-current");

	private final String word;

	FieldOutput(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return word;
	}
}
