package org.spintex.engine.texture.motion;

/**
 * Closed-form solutions of the Thiele equation η Ẋ + G ẑ × Ẋ = F for isotropic friction η = αs D (D the
 * dissipation per direction), the results a researcher checks a simulation against.
 *
 * <p>Free motion under current (seed 002 eq. (90); Thiaville et al. 2005 and Iwasaki et al. 2013 in the
 * micromagnetic form): with the drift v_s along x̂, F = G ẑ × v_s + βsD v_s gives
 * v_∥ = u (G² + αβ(sD)²)/(G² + α²(sD)²), v_⊥ = u G sD(α − β)/(G² + α²(sD)²), the texture Hall angle
 * tan θ = v_⊥/v_∥; β = α gives v = v_s exactly.
 */
public final class ThieleClosedForms {

	private ThieleClosedForms() {
	}

	/**
	 * {v_∥, v_⊥} of a free texture along and across (ẑ × v̂_s) its drift of speed u.
	 *
	 * @param dissipationFriction sD, the friction per unit damping (η = α sD), in kg/s
	 */
	public static double[] freeVelocity(double gyrotropic, double dissipationFriction, double alpha, double beta, double u) {
		double g2 = gyrotropic * gyrotropic, d = dissipationFriction;
		double den = g2 + alpha * alpha * d * d;
		return new double[] { u * (g2 + alpha * beta * d * d) / den, u * gyrotropic * d * (alpha - beta) / den };
	}

	/**
	 * The drift speed above which a pinning site of largest restoring force F_max lets go:
	 * F_max = u_c √(G² + (βsD)²), the force of the current on a texture at rest.
	 */
	public static double criticalDrift(double maxPinningForce, double gyrotropic, double dissipationFriction, double beta) {
		return maxPinningForce / Math.hypot(gyrotropic, beta * dissipationFriction);
	}

	/** {Γ, ω}: decay rate and angular frequency of the gyration in a well of stiffness κ, κ{η, G}/(η² + G²). */
	public static double[] wellGyration(double stiffness, double friction, double gyrotropic) {
		double den = friction * friction + gyrotropic * gyrotropic;
		return new double[] { stiffness * friction / den, stiffness * gyrotropic / den };
	}

	/** The speed along a track when an edge holds the texture: ηv = βsD u, v = (β/α)u. */
	public static double edgeSpeed(double alpha, double beta, double u) {
		return beta / alpha * u;
	}
}
