package org.spintex.engine.drag.statics;

/**
 * A rotationally symmetric Néel texture n = (sin θ cos ϕ, sin θ sin ϕ, cos θ) with θ = θ(r),
 * θ = π at the centre and θ = 0 (the ground state n = +ẑ) from {@link #supportRadiusMetre()} on.
 */
public interface RadialProfile {

	/** θ(r) in radian. */
	double polarAngle(double radiusMetre);

	/** dθ/dr in radian per metre. */
	double polarAngleDerivative(double radiusMetre);

	/** The radius beyond which the texture is uniform; energy integrals stop there. */
	double supportRadiusMetre();
}
