package org.spintex.dsl.catalog;

/**
 * A role a study gives to a part of the device ({@code carriers skyrmions}).
 *
 * @param role the keyword
 * @param target the element keyword of the part it must name ("texture", "contact", ...)
 * @param repeatable whether the study may give it several times
 */
public record LinkSpec(String role, String target, String meaning, boolean required, boolean repeatable) {

	/** A link the study cannot do without, named once. */
	public LinkSpec(String role, String target, String meaning) {
		this(role, target, meaning, true, false);
	}

	/** A link with a documented default. */
	public static LinkSpec optional(String role, String target, String meaning) {
		return new LinkSpec(role, target, meaning, false, false);
	}

	/**
	 * This link, which the study may give several times (the films of a stack; an initial state per film, written
	 * {@code initial-state T in F}), each target once.
	 */
	public LinkSpec asRepeatable() {
		return new LinkSpec(role, target, meaning, required, true);
	}
}
