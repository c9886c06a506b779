package org.spintex.engine.drag.statics;

/**
 * The hard-cutoff variational ansatz of seed 000 (before eq. (29)): n_z = cos[π(1 − r/R)] for
 * r ≤ R and n_z = 1 beyond, i.e. θ(r) = π(1 − r/R).
 */
public record HardCutoffProfile(double radiusMetre) implements RadialProfile {

	public HardCutoffProfile {
		if (!(radiusMetre > 0)) {
			throw new IllegalArgumentException("the skyrmion radius must be positive, got " + radiusMetre + " m");
		}
	}

	@Override
	public double polarAngle(double r) {
		return r < radiusMetre ? Math.PI * (1 - r / radiusMetre) : 0;
	}

	@Override
	public double polarAngleDerivative(double r) {
		return r < radiusMetre ? -Math.PI / radiusMetre : 0;
	}

	@Override
	public double supportRadiusMetre() {
		return radiusMetre;
	}
}
