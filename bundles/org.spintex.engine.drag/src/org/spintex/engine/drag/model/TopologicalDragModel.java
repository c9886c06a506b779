package org.spintex.engine.drag.model;

import static org.spintex.core.physics.PhysicalConstants.BOLTZMANN;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.spintex.core.collective.ThieleTensors;
import org.spintex.core.results.ProgressStage;
import org.spintex.core.results.ResultSink;
import org.spintex.core.results.RunControl;
import org.spintex.engine.drag.dynamics.RadialThiele;
import org.spintex.engine.drag.statics.ChiralFilm;
import org.spintex.engine.drag.statics.HardCutoffProfile;
import org.spintex.engine.drag.statics.SkyrmionStatics;
import org.spintex.engine.drag.transport.SkyrmionChargeDiffusion;
import org.spintex.engine.drag.transport.SpinDragSignal;
import org.spintex.engine.drag.transport.TwoTerminalChannel;
import org.spintex.input.EngineContext;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.StudyEngine;
import org.spintex.input.TopologicalDragInput;

/**
 * Seed 000 as a model: skyrmion statics (eqs. (25)–(32)) give the carriers' size and energy, the
 * Thiele equation (eqs. (16)–(20)) their diffusion constant, reaction-rate theory (eqs. (21)–(24))
 * the contact rates, and the continuity equation (eqs. (33)–(37)) the skyrmion current whose EMF
 * is the drag signal (eqs. (13), (38)–(41)).
 */
public final class TopologicalDragModel implements StudyEngine<TopologicalDragInput> {

	@Override
	public Class<TopologicalDragInput> inputType() {
		return TopologicalDragInput.class;
	}

	/** The runner's entry: this study's run with what the context gives. */
	@Override
	public void run(TopologicalDragInput input, EngineContext context) {
		run(input, context.sink(), context.control());
	}


	/** The steady-state physics of one input, before any output is written. */
	/**
	 * @param film the constants of eq. (25) that the material gives
	 * @param radiusMetre R0 of the hard-cutoff ansatz, eq. (30), where n_z reaches 1
	 */
	public record Steady(ChiralFilm film, double radiusMetre, double energyJoule, double barrierJoule, double stability,
			double diffusionM2PerS, double mobilitySPerKg, double equilibriumDensityPerM2, SpinDragSignal signal,
			SkyrmionGasRegime regime) {
	}

	/** Everything that does not need the time-dependent solver. */
	public Steady steady(TopologicalDragInput in) {
		MagnetMaterialInput magnet = in.material();
		ChiralFilm film = ChiralFilm.of(magnet, in.film().thicknessMetre());
		SkyrmionStatics statics = new SkyrmionStatics(film);
		double radius = statics.equilibriumRadiusMetre();
		double energy = statics.equilibriumEnergyJoule();
		double barrier = statics.collapseBarrierJoule();
		double kT = BOLTZMANN * in.temperatureKelvin();
		// s per area for the film (eq. (17)): spin density per volume times thickness
		double spinPerArea = magnet.spinDensityJsPerM3() * in.film().thicknessMetre();
		ThieleTensors thiele = RadialThiele.tensors(new HardCutoffProfile(radius), magnet.alpha(),
				spinPerArea, in.charge());
		double diffusion = thiele.diffusionConstant(kT);
		// ρ0 = γ/γ̄ ∝ exp(−E0/k_BT) (eq. (22)); without a given prefactor, one skyrmion per core area
		double rho0 = in.equilibriumDensityPerM2().orElseGet(() -> Math.exp(-energy / kT) / (Math.PI * radius * radius));
		TwoTerminalChannel channel = new TwoTerminalChannel(in.film().lengthMetre(), diffusion, rho0,
				in.injector().annihilationVelocityMPerS(), in.detector().annihilationVelocityMPerS());
		SpinDragSignal signal = new SpinDragSignal(channel, in.film().widthMetre(), kT, in.injector().polarization(),
				in.detector().polarization(), in.detector().resistanceOhm().orElseThrow(
				() -> new IllegalArgumentException("the detector needs its resistance R (eq. (38))")));
		return new Steady(film, radius, energy, barrier, film.stabilityParameter(), diffusion, diffusion / kT, rho0, signal,
				SkyrmionGasRegime.classify(film.stabilityParameter(), energy, barrier, kT));
	}

	/** Computes the input's outputs into {@code sink}. */
	public void run(TopologicalDragInput in, ResultSink sink, RunControl control) {
		Steady s = steady(in);
		double current = in.injector().currentAmpere();
		int q = in.charge();
		// eq. (25)'s constants as the engine took them from the material, to check against the paper
		ChiralFilm film = s.film();
		sink.scalar("A_2D", film.exchangeJoule(), "J");
		sink.scalar("kappa", film.anisotropyJPerM2(), "J/m^2");
		sink.scalar("D_2D", film.dmiJPerM(), "J/m");
		if (in.wants("skyrmion-radius")) {
			// where n_z = 0, as every engine reports a skyrmion's radius: R0/2 for the hard-cutoff ansatz
			sink.scalar("skyrmion-radius", s.radiusMetre() / 2, "m");
			sink.scalar("cutoff-radius", s.radiusMetre(), "m");
		}
		if (in.wants("skyrmion-energy")) {
			sink.scalar("skyrmion-energy", s.energyJoule(), "J");
		}
		if (in.wants("collapse-barrier")) {
			sink.scalar("collapse-barrier", s.barrierJoule(), "J");
		}
		if (in.wants("stability-parameter")) {
			sink.scalar("stability-parameter", s.stability(), "1");
		}
		if (in.wants("diffusion-constant")) {
			sink.scalar("diffusion-constant", s.diffusionM2PerS(), "m^2/s");
		}
		if (in.wants("mobility")) {
			sink.scalar("mobility", s.mobilitySPerKg(), "s/kg");
		}
		if (in.wants("equilibrium-density")) {
			sink.scalar("equilibrium-density", s.equilibriumDensityPerM2(), "m^-2");
		}
		SpinDragSignal signal = s.signal();
		if (in.wants("skyrmion-current")) {
			sink.scalar("skyrmion-current", signal.skyrmionCurrent(current, q), "m^-1 s^-1");
		}
		if (in.wants("voltage")) {
			sink.scalar("voltage", signal.voltage(current, q), "V");
		}
		if (in.wants("drag-coefficient")) {
			sink.scalar("drag-coefficient", signal.dragCoefficient(current, q), "1");
		}
		if (in.wants("bulk-resistance")) {
			sink.scalar("bulk-resistance", signal.bulkResistanceOhm(), "Ohm");
		}
		if (in.wants("interface-resistances")) {
			sink.scalar("injector-interface-resistance", signal.injectorInterfaceResistanceOhm(), "Ohm");
			sink.scalar("detector-interface-resistance", signal.detectorInterfaceResistanceOhm(), "Ohm");
		}
		if (in.wants("regime")) {
			sink.word("regime", s.regime().word());
		}
		warnOutsideTheModel(s, sink);
		double x = signal.pumpingFactor(current, q);
		if (Math.abs(x) > 0.1) {
			sink.warning(String.format(Locale.ROOT,
					"the pumping factor 2πPħI/(e k_BT) = %.3g is not small: eq. (24) is the lowest order in the current, "
							+ "so the skyrmion current and voltage are overestimated; the drag coefficient is the linear response",
					x));
		}
		// expected costs in updates of one cell or one particle
		List<ProgressStage> stages = new ArrayList<>();
		if (in.wants("transient")) {
			stages.add(new ProgressStage(DragTransient.STAGE, Math.ceil(transientDuration(in, s) / transientStep(in, s)) * in.cells()));
		}
		if (in.particles() > 0) {
			stages.add(new ProgressStage(StochasticCheck.STAGE, StochasticCheck.expectedUpdates(in)));
		}
		control.plan(stages);
		if (in.wants("transient")) {
			writeTransient(in, s, sink, control);
		}
		if (in.particles() > 0) {
			new StochasticCheck(in, s).run(sink, control);
		}
	}

	private static void warnOutsideTheModel(Steady s, ResultSink sink) {
		switch (s.regime()) {
		case CRYSTAL -> sink.warning(String.format(Locale.ROOT,
				"π²D²/(4κA) = %.3g (D/D_c = %.3g) and E0 = %.3g J: the uniform state is unstable (D ≥ D_c = "
						+ "4√(A K)/π) and the dilute skyrmion gas of seed 000 does not exist; results are not physical",
				s.stability(), Math.sqrt(s.stability()), s.energyJoule()));
		case UNPROTECTED -> sink.warning(String.format(Locale.ROOT,
				"k_B T exceeds the collapse barrier %.3g J: skyrmion charge is not protected (seed 000 sec. V)",
				s.barrierJoule()));
		case LIQUID -> sink.warning("k_B T > E0: a dense skyrmion liquid; the dilute-gas drag is an upper bound");
		case GAS -> {
		}
		}
	}

	/** The transient's span: the study's, or three relaxation times of the channel. */
	private static double transientDuration(TopologicalDragInput in, Steady s) {
		TwoTerminalChannel channel = s.signal().channel();
		double length = channel.lengthMetre();
		double relaxation = length * length / channel.diffusionM2PerS() + length / channel.leftAnnihilationMPerS()
				+ length / channel.rightAnnihilationMPerS();
		return in.durationSeconds().orElse(3 * relaxation);
	}

	private static double transientStep(TopologicalDragInput in, Steady s) {
		return in.timeStepSeconds().orElse(transientDuration(in, s) / DragTransient.STEPS);
	}

	private static void writeTransient(TopologicalDragInput in, Steady s, ResultSink sink, RunControl control) {
		TwoTerminalChannel channel = s.signal().channel();
		double duration = transientDuration(in, s);
		double x = s.signal().pumpingFactor(in.injector().currentAmpere(), in.charge());
		DragTransient.Result result = DragTransient.run(new SkyrmionChargeDiffusion(channel, in.cells()), x,
				channel.steadyCurrentClosedForm(x), duration, transientStep(in, s), in.tolerance(),
				in.snapshots(),
				control);
		// the study's main time table, written as table.csv
		sink.table("table", List.of("t (s)", "j_L (m^-1 s^-1)", "j_R (m^-1 s^-1)", "N (m^-1)"),
				result.currents());
		sink.table("density", result.profileColumns(), result.profiles());
		if (Double.isNaN(result.steadyAfterSeconds())) {
			sink.warning(String.format(Locale.ROOT,
					"the detector current did not come within %.2g of its steady value in %.3g s; raise 'duration'",
					in.tolerance(), duration));
		} else {
			sink.scalar("steady-state-time", result.steadyAfterSeconds(), "s");
		}
	}
}
