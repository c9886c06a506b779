package org.spintex.dsl.migration;

/** A replacement of {@code length} characters at {@code offset} of a file's text. */
public record TextEdit(int offset, int length, String text) {
}
