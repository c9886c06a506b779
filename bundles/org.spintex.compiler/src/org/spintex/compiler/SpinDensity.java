package org.spintex.compiler;

import java.util.Optional;

import org.spintex.core.physics.PhysicalConstants;

/**
 * The three constants that tie a magnet's moment to its angular momentum, Ms = γ s, resolved once for every
 * engine: the micromagnetic, macrospin and texture engines precess with γ and Ms, the drag and winding engines
 * count angular momentum with s (seed 000 eq. (17), seed 001 eq. (1)). A material gives at most two of them;
 * γ is the free electron's when it gives neither γ nor both Ms and s. Before, a material with its spin density
 * meant s to the drag engine and Ms/γ0 to the micromagnetic one.
 *
 * @param gamma γ in rad/(s·T)
 * @param spinDensity s in J·s/m³
 */
record SpinDensity(double gamma, double spinDensity) {

	/**
	 * From the material's properties (a gate's overrides first, as the winding battery's gates have them).
	 *
	 * @throws CompileException when neither s nor Ms is given, which the validator reports first
	 */
	static SpinDensity of(SiProperties overrides, SiProperties material) {
		Optional<Double> ms = overrides.find("saturation").or(() -> material.find("saturation"));
		Optional<Double> s = overrides.find("spin-density").or(() -> material.find("spin-density"));
		Optional<Double> gamma = overrides.find("gyromagnetic-ratio").or(() -> material.find("gyromagnetic-ratio"));
		double g = gamma.orElseGet(() -> ms.isPresent() && s.isPresent() ? ms.get() / s.get() : PhysicalConstants.GAMMA0_DEFAULT);
		double spin = s.orElseGet(() -> ms.map(m -> m / g)
				.orElseThrow(() -> new CompileException("the material needs 'saturation' Ms or 'spin-density' s")));
		return new SpinDensity(g, spin);
	}

	static SpinDensity of(SiProperties material) {
		return of(new SiProperties(java.util.List.of()), material);
	}
}
