package org.spintex.engine.macrospin.berry;

import org.spintex.core.physics.PhysicalConstants;

/**
 * A ferromagnet on the Dirac surface of a 3D topological insulator, seed 003 eqs. (2.30)–(2.34): the lower band's
 * Berry curvature Ω_θφ = α²|sin 2θ|/(8πa²) sgn α gives γ_s(θ) = 4πma²/(ħα²|cos θ|) sgn α, so
 * γ/γ_f = 1/(1 + κ|cos θ|) with κ = γ_f ħ α² sgn α/(4π m a²): γ_f on the equator, renormalised most at the poles.
 * m = M_s d is the film's magnetization per area; with the paper's γ_f = 2ma²/ħ, κ = α²/2π.
 *
 * @param strength κ
 */
public record SurfaceStateGyromagneticRatio(double strength) implements GyromagneticRatio {

	/**
	 * @param gammaF γ_f in rad/(s T)
	 * @param exchangeRatio α = Jma/ħv
	 * @param magnetizationPerArea m = M_s d in A
	 * @param latticeConstantMetre a
	 */
	public static SurfaceStateGyromagneticRatio of(double gammaF, double exchangeRatio, double magnetizationPerArea,
			double latticeConstantMetre) {
		return new SurfaceStateGyromagneticRatio(gammaF * PhysicalConstants.HBAR * exchangeRatio * exchangeRatio
				* Math.signum(exchangeRatio) / (4 * Math.PI * magnetizationPerArea * latticeConstantMetre * latticeConstantMetre));
	}

	@Override
	public double factor(double mx, double my, double mz) {
		double norm = Math.sqrt(mx * mx + my * my + mz * mz);
		return 1 / (1 + strength * Math.abs(mz) / norm);
	}
}
