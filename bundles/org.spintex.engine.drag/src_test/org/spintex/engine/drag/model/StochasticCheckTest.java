package org.spintex.engine.drag.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spintex.core.results.RunControl;
import org.spintex.engine.drag.dynamics.BrownianThieleGas;
import org.spintex.core.collective.ThieleTensors;
import org.spintex.engine.drag.transport.SkyrmionKineticMonteCarlo;
import org.spintex.engine.drag.transport.TwoTerminalChannel;

/** Seeded stochastic simulations agree with seed 000's closed forms within their statistical errors. */
class StochasticCheckTest {

	private static final double KT = 1.380649e-23 * 50;

	/** Eq. (20): D = k_BT η/(η² + G²), with a gyrotropic term ten times the viscosity. */
	@Test
	void brownianThieleSkyrmionsDiffuseAsEquation20Says() {
		ThieleTensors thiele = new ThieleTensors(1e-15, 0, 1e-15, 1e-14);
		BrownianThieleGas.Measurement d = new BrownianThieleGas(thiele, KT).measureDiffusion(4000, 50, 1e-9, 7);
		double expected = thiele.diffusionConstant(KT);
		assertEquals(expected, d.valueM2PerS(), 4 * d.standardErrorM2PerS());
		// the statistics resolve the gyrotropic suppression 1/(1 + (G/η)²) = 1/101 clearly
		assertTrue(d.standardErrorM2PerS() < 0.05 * expected);
	}

	/** An anisotropic viscosity: D_xx = k_BT η_yy/(det η + G²), eq. (20) in full. */
	@Test
	void anisotropicViscosityEntersAsEquation20Says() {
		ThieleTensors thiele = new ThieleTensors(1e-15, 3e-16, 2e-15, 2e-15);
		BrownianThieleGas.Measurement d = new BrownianThieleGas(thiele, KT).measureDiffusion(4000, 50, 1e-9, 11);
		assertEquals(thiele.diffusionConstant(KT), d.valueM2PerS(), 4 * d.standardErrorM2PerS());
	}

	/** Eq. (37) from skyrmions injected, diffusing and absorbed one by one, in the crossover L ~ D/γ̄. */
	@Test
	void countedSkyrmionCurrentMatchesEquation37() {
		double d = 2.7e-9, length = 3e-6, gamma = 1e-3, rho0 = 1.6e10;
		TwoTerminalChannel channel = new TwoTerminalChannel(length, d, rho0, gamma, 2 * gamma);
		double strip = 400 / (rho0 * length);
		double tau = length * length / d + length / gamma;
		double x = 0.5;
		SkyrmionKineticMonteCarlo.Measurement j = new SkyrmionKineticMonteCarlo(channel, 20, strip).run(x, 3 * tau,
				30 * tau, 2026, RunControl.NONE);
		double expected = channel.steadyCurrentClosedForm(x);
		assertEquals(expected, j.currentPerMetreSecond(), 4 * j.standardError());
		assertTrue(j.standardError() < 0.1 * expected, j.toString());
		// the mean occupation matches ∫ρ dx of the linear steady profile: about 400 (1 + x/2)
		assertEquals(400 * (1 + x * 0.5), j.meanSkyrmions(), 0.15 * 400);
	}
}
