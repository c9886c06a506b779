package org.spintex.engine.drag.model;

import static org.spintex.core.physics.PhysicalConstants.BOLTZMANN;

import java.util.Locale;

import org.spintex.core.collective.ThieleTensors;
import org.spintex.core.results.ResultSink;
import org.spintex.core.results.RunControl;
import org.spintex.engine.drag.dynamics.BrownianThieleGas;
import org.spintex.engine.drag.dynamics.RadialThiele;
import org.spintex.engine.drag.statics.HardCutoffProfile;
import org.spintex.engine.drag.transport.SkyrmionKineticMonteCarlo;
import org.spintex.engine.drag.transport.TwoTerminalChannel;
import org.spintex.input.TopologicalDragInput;

/**
 * The stochastic check of the drag model, seeded: Brownian Thiele skyrmions measure the diffusion
 * constant (eqs. (16)–(20)), and skyrmions injected, diffusing and absorbed one by one measure the
 * steady current (eqs. (33)–(37)). The transport model is linear in the pumping factor x, so the
 * current check drives it at x = 1, where the net current stands out of the Poisson noise of the
 * contact exchange, and reports counted / eq. (37). Each measurement carries its statistical error;
 * a deviation beyond four standard errors is a warning.
 */
final class StochasticCheck {

	/** The name this stage reports progress under (the kinetic Monte Carlo reports it). */
	static final String STAGE = SkyrmionKineticMonteCarlo.STAGE;
	private static final int STEPS = 100;
	private static final int CELLS = 10;
	private static final double SIGMAS = 4;
	/** The pumping factor x of eq. (24) at which the counted current is compared with eq. (37). */
	private static final double CHECK_PUMPING = 1;

	private final TopologicalDragInput in;
	private final TopologicalDragModel.Steady steady;

	StochasticCheck(TopologicalDragInput in, TopologicalDragModel.Steady steady) {
		this.in = in;
		this.steady = steady;
	}

	/**
	 * Particle updates: the Brownian gas moves every particle {@code STEPS} times; the counted current
	 * is taken as about as many events again.
	 */
	static double expectedUpdates(TopologicalDragInput in) {
		return 2.0 * in.particles() * STEPS;
	}

	void run(ResultSink sink, RunControl control) {
		double kT = BOLTZMANN * in.temperatureKelvin();
		double spinPerArea = in.material().spinDensityJsPerM3() * in.film().thicknessMetre();
		ThieleTensors thiele = RadialThiele.tensors(new HardCutoffProfile(steady.radiusMetre()),
				in.material().alpha(), spinPerArea, in.charge());
		double r0 = steady.radiusMetre();
		BrownianThieleGas.Measurement d = new BrownianThieleGas(thiele, kT).measureDiffusion(in.particles(), STEPS,
				r0 * r0 / steady.diffusionM2PerS(), in.seed());
		sink.scalar("brownian-diffusion-constant", d.valueM2PerS(), "m^2/s");
		sink.scalar("brownian-diffusion-constant-error", d.standardErrorM2PerS(), "m^2/s");
		compare("diffusion constant", d.valueM2PerS(), d.standardErrorM2PerS(), steady.diffusionM2PerS(), sink);

		TwoTerminalChannel channel = steady.signal().channel();
		double length = channel.lengthMetre();
		double relaxation = length * length / channel.diffusionM2PerS() + length / channel.leftAnnihilationMPerS()
				+ length / channel.rightAnnihilationMPerS();
		double strip = in.particles() / (channel.equilibriumDensityPerM2() * length);
		SkyrmionKineticMonteCarlo.Measurement j = new SkyrmionKineticMonteCarlo(channel, CELLS, strip)
				.run(CHECK_PUMPING, 2 * relaxation, 10 * relaxation, in.seed() + 1, control);
		double closedForm = channel.steadyCurrentClosedForm(CHECK_PUMPING);
		sink.scalar("stochastic-current-ratio", j.currentPerMetreSecond() / closedForm, "1");
		sink.scalar("stochastic-current-ratio-error", j.standardError() / closedForm, "1");
		compare("current / eq. (37)", j.currentPerMetreSecond() / closedForm, j.standardError() / closedForm, 1, sink);
	}

	private static void compare(String what, double measured, double error, double expected, ResultSink sink) {
		if (Math.abs(measured - expected) > SIGMAS * error) {
			sink.warning(String.format(Locale.ROOT,
					"stochastic %s %.4g ± %.2g differs from the closed form %.4g by more than %.0f standard errors",
					what, measured, error, expected, SIGMAS));
		}
	}
}
