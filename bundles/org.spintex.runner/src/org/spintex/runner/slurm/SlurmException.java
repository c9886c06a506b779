package org.spintex.runner.slurm;

/** Slurm cannot be reached or refused the submission; the message says why and what to do. Nothing was submitted. */
public final class SlurmException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public SlurmException(String message) {
		super(message);
	}
}
