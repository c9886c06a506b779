package org.spintex.runner.cli;

/** Process exit codes of the {@code spintex} command, stable for scripts. */
public final class ExitCodes {

	private ExitCodes() {
	}

	/** Everything asked for was done and nothing is wrong. */
	public static final int OK = 0;

	/** The input has errors (syntax, units, ranges, references) or a run failed. */
	public static final int FAILURE = 1;

	/** The command line itself was wrong (picocli's own usage error code). */
	public static final int USAGE = 2;

	/** The environment cannot do what was asked (no display for the IDE, installation incomplete). */
	public static final int ENVIRONMENT = 3;
}
