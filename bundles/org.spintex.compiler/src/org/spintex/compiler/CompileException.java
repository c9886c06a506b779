package org.spintex.compiler;

/** A model that validates but cannot be compiled as asked (e.g. a --set path that names nothing). */
public class CompileException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public CompileException(String message) {
		super(message);
	}
}
