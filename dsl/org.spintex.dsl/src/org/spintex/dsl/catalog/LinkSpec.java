package org.spintex.dsl.catalog;

/**
 * A role a study gives to a part of the device ({@code carriers skyrmions}).
 *
 * @param role the keyword
 * @param target the element keyword of the part it must name ("texture", "contact", ...)
 */
public record LinkSpec(String role, String target, String meaning) {
}
