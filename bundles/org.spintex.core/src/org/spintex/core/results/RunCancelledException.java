package org.spintex.core.results;

/** Thrown by an engine that stopped because its {@link RunControl} was cancelled. */
public class RunCancelledException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public RunCancelledException(String stage) {
		super("cancelled during " + stage);
	}
}
