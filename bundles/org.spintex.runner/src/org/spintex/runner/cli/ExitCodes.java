package org.spintex.runner.cli;

/** Process exit codes of the {@code spintex} command, stable for scripts. */
public final class ExitCodes {

	private ExitCodes() {
	}

	/** Everything asked for was done and nothing is wrong. */
	public static final int OK = 0;

	/** A run started but failed (numerical blow-up, an engine error, cancellation). */
	public static final int RUN_FAILED = 1;

	/** The input is wrong: a device file with errors, or a command line picocli cannot parse. */
	public static final int BAD_INPUT = 2;

	/** The environment cannot do what was asked (no display for the IDE, installation incomplete). */
	public static final int ENVIRONMENT = 3;

	/**
	 * The run computed everything, but an engine flagged a result (an unconverged ground state, a parameter outside its
	 * model's validity): the status says "completed with warnings", results.json and run.log list them.
	 */
	public static final int COMPLETED_WITH_WARNINGS = 4;
}
