package org.spintex.io.ovf;

/** A malformed or unsupported OVF file; the message says what is wrong. */
public final class OvfException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public OvfException(String message) {
		super(message);
	}
}
