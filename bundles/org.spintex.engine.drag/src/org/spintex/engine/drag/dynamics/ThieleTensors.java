package org.spintex.engine.drag.dynamics;

import org.spintex.engine.drag.statics.RadialIntegrals;
import org.spintex.engine.drag.statics.RadialProfile;

/**
 * The collective-coordinate (Thiele) equation of a rigid skyrmion, seed 000 eq. (17):
 * η̂·v + 4πsQ ẑ × v = F, with the viscosity tensor η_ij = αs∫∂ᵢn·∂ⱼn d²r (eq. (18)) and the
 * gyrotropic tensor G_ij = 4πsQ ε_ji. Here s is the spin (angular-momentum) density per area,
 * s = M_s d / γ for a film of thickness d.
 *
 * @param viscosityXX η_xx in kg/s
 * @param viscosityXY η_xy in kg/s
 * @param viscosityYY η_yy in kg/s
 * @param gyrotropicKgPerS G = 4πsQ in kg/s
 */
public record ThieleTensors(double viscosityXX, double viscosityXY, double viscosityYY, double gyrotropicKgPerS) {

	/**
	 * For a rotationally symmetric texture ∫∂ᵢn·∂ⱼn d²r = (δᵢⱼ/2)∫∂ₖn·∂ₖn d²r, so η is isotropic.
	 *
	 * @param spinDensity s in J s/m² (= kg/s)
	 * @param charge Q in seed 000's sign convention (+1 for the injected skyrmions)
	 */
	public static ThieleTensors ofRadialTexture(RadialProfile profile, double gilbertDamping, double spinDensity, double charge) {
		double eta = gilbertDamping * spinDensity * RadialIntegrals.gradientSquared(profile) / 2;
		return new ThieleTensors(eta, 0, eta, 4 * Math.PI * spinDensity * charge);
	}

	/**
	 * The mobility tensor µ̂ = (η̂ + Ĝ)⁻¹ of eq. (19), row-major {µxx, µxy, µyx, µyy}, in s/kg: the
	 * velocity v = µ̂·F under a force F. G_xy = 4πsQ ε_yx = −G, G_yx = +G.
	 */
	public double[] mobility() {
		double a = viscosityXX, b = viscosityXY - gyrotropicKgPerS, c = viscosityXY + gyrotropicKgPerS, d = viscosityYY;
		double det = a * d - b * c;
		return new double[] { d / det, -b / det, -c / det, a / det };
	}

	/**
	 * D_xx of eq. (20), k_B T η_yy / (η_xx η_yy − η_xy² + G²), in m²/s: the longitudinal diffusion
	 * constant of the skyrmion gas at temperature T.
	 */
	public double diffusionConstant(double boltzmannTimesTemperatureJoule) {
		return boltzmannTimesTemperatureJoule * viscosityYY
				/ (viscosityXX * viscosityYY - viscosityXY * viscosityXY + gyrotropicKgPerS * gyrotropicKgPerS);
	}
}
