package org.spintex.engine.llg.solver;

import org.spintex.engine.llg.field.VectorField;

/**
 * A time integration that cannot go on: NaN in the torque or a step size that collapsed. Carries the
 * last good magnetization (the state before the failed step) so that the runner can save it.
 */
public final class IntegrationFailure extends RuntimeException {

	private static final long serialVersionUID = 1L;
	private final transient VectorField lastGoodState;
	private final double lastGoodTimeSecond;

	public IntegrationFailure(String reason, VectorField lastGoodState, double lastGoodTimeSecond) {
		super(reason);
		this.lastGoodState = lastGoodState;
		this.lastGoodTimeSecond = lastGoodTimeSecond;
	}

	public VectorField lastGoodState() {
		return lastGoodState;
	}

	public double lastGoodTimeSecond() {
		return lastGoodTimeSecond;
	}
}
