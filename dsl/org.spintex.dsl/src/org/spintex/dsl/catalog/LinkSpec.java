package org.spintex.dsl.catalog;

/**
 * A role a study gives to a part of the device ({@code carriers skyrmions}).
 *
 * @param role the keyword
 * @param target the element keyword of the part it must name ("texture", "contact", ...)
 */
public record LinkSpec(String role, String target, String meaning, boolean required) {

	/** A link the study cannot do without. */
	public LinkSpec(String role, String target, String meaning) {
		this(role, target, meaning, true);
	}

	/** A link with a documented default. */
	public static LinkSpec optional(String role, String target, String meaning) {
		return new LinkSpec(role, target, meaning, false);
	}
}
