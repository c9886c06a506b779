package org.spintex.core.collective;

/**
 * The collective-coordinate (Thiele) equation of a rigid texture in a film, in the form of seed 000
 * eq. (17) and seed 002 eq. (89): η̂·Ẋ + G ẑ × Ẋ = F, with the viscosity (dissipation) tensor
 * η_ij = αs∫∂ᵢn·∂ⱼn d³r and the gyrotropic constant G = 4πs Φ_xy, Φ_xy the vortex number of the spin
 * direction n (seed 002 eq. (63)), s the spin density per volume. For a film of thickness d and a
 * texture of charge Q this is seed 000's G = 4π(s d)Q. Shared by the drag engine (seed 000) and the
 * texture-force engine (seed 002).
 *
 * @param viscosityXX η_xx in kg/s
 * @param viscosityXY η_xy in kg/s
 * @param viscosityYY η_yy in kg/s
 * @param gyrotropicKgPerS G in kg/s
 */
public record ThieleTensors(double viscosityXX, double viscosityXY, double viscosityYY, double gyrotropicKgPerS) {

	/**
	 * The mobility tensor µ̂ = (η̂ + Ĝ)⁻¹ of seed 000 eq. (19), row-major {µxx, µxy, µyx, µyy}, in s/kg:
	 * the velocity Ẋ = µ̂·F under a force F. Ĝ_xy = −G, Ĝ_yx = +G (the matrix of G ẑ ×).
	 */
	public double[] mobility() {
		double a = viscosityXX, b = viscosityXY - gyrotropicKgPerS, c = viscosityXY + gyrotropicKgPerS, d = viscosityYY;
		double det = a * d - b * c;
		return new double[] { d / det, -b / det, -c / det, a / det };
	}

	/** The velocity µ̂·F under the force (fx, fy) in N, in m/s. */
	public double[] velocity(double forceXNewton, double forceYNewton) {
		double[] mu = mobility();
		return new double[] { mu[0] * forceXNewton + mu[1] * forceYNewton, mu[2] * forceXNewton + mu[3] * forceYNewton };
	}

	/** The force η̂·Ẋ + G ẑ × Ẋ that moves the texture at (vx, vy): the left side of the equation, in N. */
	public double[] force(double vxMPerS, double vyMPerS) {
		return new double[] { viscosityXX * vxMPerS + viscosityXY * vyMPerS - gyrotropicKgPerS * vyMPerS,
				viscosityXY * vxMPerS + viscosityYY * vyMPerS + gyrotropicKgPerS * vxMPerS };
	}

	/** The power Ẋ·η̂·Ẋ that the motion at (vx, vy) dissipates, in W; the gyrotropic force does no work. */
	public double dissipation(double vxMPerS, double vyMPerS) {
		return viscosityXX * vxMPerS * vxMPerS + 2 * viscosityXY * vxMPerS * vyMPerS + viscosityYY * vyMPerS * vyMPerS;
	}

	/**
	 * D_xx of seed 000 eq. (20), k_B T η_yy / (η_xx η_yy − η_xy² + G²), in m²/s: the longitudinal
	 * diffusion constant at temperature T.
	 */
	public double diffusionConstant(double boltzmannTimesTemperatureJoule) {
		return boltzmannTimesTemperatureJoule * viscosityYY
				/ (viscosityXX * viscosityYY - viscosityXY * viscosityXY + gyrotropicKgPerS * gyrotropicKgPerS);
	}
}
