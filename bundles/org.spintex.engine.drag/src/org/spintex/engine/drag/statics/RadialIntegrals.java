package org.spintex.engine.drag.statics;

/** Integrals of a radial texture that several models share. */
public final class RadialIntegrals {

	private RadialIntegrals() {
	}

	/**
	 * ∫ ∂ᵢn·∂ᵢn d²r = 2π∫ (θ'² + sin²θ/r²) r dr, dimensionless and scale invariant: the exchange
	 * energy is A/2 times it with the film's A = 2A_ex d (seed 000 eq. (25)), the Thiele viscosity αs/2 times it (eq. (18)).
	 */
	public static double gradientSquared(RadialProfile profile) {
		return 2 * Math.PI * RadialQuadrature.integrate(profile, r -> {
			double dTheta = profile.polarAngleDerivative(r);
			double sin = Math.sin(profile.polarAngle(r));
			return dTheta * dTheta * r + sin * sin / r;
		});
	}
}
