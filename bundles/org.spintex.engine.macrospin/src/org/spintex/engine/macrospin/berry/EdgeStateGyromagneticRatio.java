package org.spintex.engine.macrospin.berry;

import org.spintex.core.physics.PhysicalConstants;

/**
 * A 1D ferromagnet on the helical edge of a 2D topological insulator, seed 003 eqs. (2.38)–(2.40): the Berry
 * curvature Ω_θφ = α sin θ/(2πa) about y gives γ_s = 2πma/(αħ), the same everywhere on the sphere, so
 * γ/γ_f = 1/(1 + κ) with κ = γ_f ħ α/(2π m a), m = M_s S the magnetization per length of a wire of cross-section S;
 * with the paper's γ_f = 2ma/ħ, κ = α/π (eq. (2.40)).
 *
 * @param strength κ
 */
public record EdgeStateGyromagneticRatio(double strength) implements GyromagneticRatio {

	/** @param magnetizationPerLength m = M_s S in A m */
	public static EdgeStateGyromagneticRatio of(double gammaF, double exchangeRatio, double magnetizationPerLength,
			double latticeConstantMetre) {
		return new EdgeStateGyromagneticRatio(gammaF * PhysicalConstants.HBAR * exchangeRatio
				/ (2 * Math.PI * magnetizationPerLength * latticeConstantMetre));
	}

	@Override
	public double factor(double mx, double my, double mz) {
		return 1 / (1 + strength);
	}
}
