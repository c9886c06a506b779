package org.spintex.engine.llg.study;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.spintex.core.math.Vector3;
import org.spintex.core.parallel.CellLoops;
import org.spintex.core.results.Checkpoint;
import org.spintex.core.results.FieldSnapshot;
import org.spintex.core.results.ResultSink;
import org.spintex.core.results.RunCancelledException;
import org.spintex.core.results.RunControl;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.FilmLayers;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.observable.AverageMagnetization;
import org.spintex.engine.llg.observable.EnergyBreakdown;
import org.spintex.engine.llg.observable.SkyrmionGeometry;
import org.spintex.engine.llg.observable.TopologicalCharge;
import org.spintex.engine.llg.solver.IntegrationFailure;
import org.spintex.engine.llg.solver.Integrator;
import org.spintex.engine.llg.solver.LlgEquation;
import org.spintex.engine.llg.solver.MagnetizationState;
import org.spintex.engine.llg.solver.TimeEvolution;
import org.spintex.input.EngineContext;
import org.spintex.input.FieldOutput;
import org.spintex.input.InitialStateInput;
import org.spintex.input.MicromagneticInput;
import org.spintex.input.StudyEngine;

/**
 * A micromagnetic study from its compiled input: the initial state, the ground-state stage (relax or
 * minimize, environment only), then the dynamics with drives and currents, recording a table row and
 * the requested fields at every output time, and the final state's scalars.
 *
 * <p>A fixed time step above the integrator's stability limit is refused before the run starts
 * ({@link org.spintex.engine.llg.solver.StepStability}); an undriven, damped run whose energy rises is stopped as
 * unstable ({@link DissipationWatch}). A numerical failure (NaN, step-size collapse, instability) saves the last good state as {@code m_last_good}
 * and fails the study with its reason; a cancelled run saves the state it reached as
 * {@code m_cancelled}. Rows written before either are kept.
 */
public final class MicromagneticStudy implements StudyEngine<MicromagneticInput> {

	@Override
	public Class<MicromagneticInput> inputType() {
		return MicromagneticInput.class;
	}

	/** The runner's entry: this study's run with what the context gives. */
	@Override
	public void run(MicromagneticInput input, EngineContext context) {
		FieldSnapshot fromFile = context.resume().isEmpty() && input.initialState() instanceof InitialStateInput.FromFile file
				? context.fieldFiles().read(file.path()) : null;
		run(input, fromFile, context.resume().orElse(null), context.sink(), context.control(), context.threads());
	}


	/**
	 * Runs the study from its start.
	 *
	 * @param fromFile the data of an OVF initial state, or null
	 * @param threads worker threads for the cell loops; results do not depend on it
	 */
	public void run(MicromagneticInput input, FieldSnapshot fromFile, ResultSink sink, RunControl control, int threads) {
		run(input, fromFile, null, sink, control, threads);
	}

	/**
	 * Runs the study, or continues it from {@code resume} (a checkpoint this study emitted before it was
	 * stopped): then the ground state is not searched again and the dynamics retraces the uninterrupted
	 * run exactly, its rows and snapshots numbered on from the checkpoint's.
	 */
	public void run(MicromagneticInput input, FieldSnapshot fromFile, Checkpoint resume, ResultSink sink, RunControl control,
			int threads) {
		try (CellLoops loops = new CellLoops(threads)) {
			MicromagneticSystem system = new MicromagneticSystem(input, loops);
			Magnet magnet = system.magnet();
			LlgEquation equation = system.equation();
			VectorField m = resume == null ? InitialMagnetization.of(magnet, input, fromFile)
					: InitialMagnetization.exactly(magnet, resume.state());
			double[] clock = { resume == null ? 0 : resume.timeSecond() };
			Integrator integrator = system.newIntegrator();
			if (input.durationSeconds() > 0) {
				// refused before any work: a fixed step above the stability limit would end in noise, not in a result
				integrator.requireStableStep(equation, input.durationSeconds());
			}
			control.plan(ExpectedCost.stages(input, resume != null));
			try {
				if (resume == null) {
					system.writeRegions(sink);
					system.findGroundState(m, control).ifPresent(c -> c.report("ground-state", input.groundState().method().word(), sink));
				}
				system.startDynamics();
				StateTable table = new StateTable(magnet, equation, input, system.filmLayers());
				List<String> columns = table.columns();
				int[] snapshot = { resume == null ? 0 : resume.outputs() };
				if (input.durationSeconds() > 0) {
					MagnetizationState state = new MagnetizationState(m, resume != null ? resume.nextStepSecond()
							: input.timeStepSeconds());
					double interval = input.outputIntervalSeconds();
					DissipationWatch watch = DissipationWatch.applies(input) ? new DissipationWatch() : null;
					TimeEvolution.Observer observer = s -> {
						// one energy evaluation per output, for the watch and the table
						Map<String, Double> energies = EnergyBreakdown.of(equation, s.m(), s.timeSecond());
						if (watch != null) {
							watch.observe(s.timeSecond(), s.m(), energies);
						}
						clock[0] = s.timeSecond();
						sink.row("table", columns, table.row(s.timeSecond(), s.m(), energies));
						writeFields(input, magnet, equation, s.m(), s.timeSecond(), snapshot[0]++, sink);
						sink.checkpoint(new Checkpoint(snapshot("m", "1", s.timeSecond(), magnet.mesh(), s.m()), s.steps(), snapshot[0],
								s.stepSecond(), s.rejectedSteps(), s.smallestStepSecond()));
					};
					TimeEvolution evolution = new TimeEvolution(equation, integrator);
					if (resume == null) {
						evolution.run(state, input.durationSeconds(), interval, observer, control);
					} else {
						state.setTime(resume.timeSecond(), resume.steps());
						state.setStepStatistics(resume.rejectedSteps(), resume.smallestStepSecond());
						evolution.resume(state, input.durationSeconds(), interval, 0, resume.outputs(), observer, control);
					}
					sink.scalar("steps", state.steps(), "1");
					if (input.integrator().adaptive()) {
						// how hard the error control had to work: many rejections or a tiny step flag a stiff or unstable run
						sink.scalar("rejected-steps", state.rejectedSteps(), "1");
						if (Double.isFinite(state.smallestStepSecond())) {
							sink.scalar("smallest-step", state.smallestStepSecond(), "s");
						}
					}
				} else {
					sink.row("table", columns, table.row(0, m));
					writeFields(input, magnet, equation, m, 0, snapshot[0]++, sink);
				}
				table.lostSkyrmion().ifPresent(sink::warning);
				finalScalars(input, magnet, equation, system.filmLayers(), m, clock[0], sink);
				sink.field("m_final", snapshot("m", "1", clock[0], magnet.mesh(), m));
			} catch (IntegrationFailure failure) {
				sink.field("m_last_good", snapshot("m", "1", failure.lastGoodTimeSecond(), magnet.mesh(), failure.lastGoodState()));
				throw new IllegalStateException(failure.getMessage() + "; the last good state is in m_last_good.ovf", failure);
			} catch (RunCancelledException cancelled) {
				sink.field("m_cancelled", snapshot("m", "1", clock[0], magnet.mesh(), m));
				throw cancelled;
			}
		}
	}

	private static void writeFields(MicromagneticInput input, Magnet magnet, LlgEquation equation, VectorField m,
			double time, int index, ResultSink sink) {
		String suffix = String.format(Locale.ROOT, "%06d", index);
		Mesh mesh = magnet.mesh();
		for (FieldOutput output : input.fieldOutputs()) {
			switch (output) {
			case MAGNETIZATION -> sink.field("m" + suffix, snapshot("m", "1", time, mesh, m));
			case EFFECTIVE_FIELD -> {
				VectorField b = new VectorField(mesh);
				equation.effectiveField(time, m, b);
				sink.field("B_eff" + suffix, snapshot("B_eff", "T", time, mesh, b));
			}
			case TORQUE -> {
				VectorField dmdt = new VectorField(mesh);
				equation.rate(time, m, dmdt);
				sink.field("torque" + suffix, snapshot("dm/dt", "1/s", time, mesh, dmdt));
			}
			case TOPOLOGICAL_CURRENT -> {
				VectorField dmdt = new VectorField(mesh);
				equation.rate(time, m, dmdt);
				double[][] j = TopologicalCharge.current(magnet, m, dmdt);
				sink.field("j_top" + suffix, new FieldSnapshot("j_top", "1/(m*s)", time, mesh.nx(), mesh.ny(), mesh.nz(),
						mesh.cellXMetre(), mesh.cellYMetre(), mesh.cellZMetre(), new double[][] { j[0], j[1], new double[j[0].length] }));
			}
			case TOPOLOGICAL_DENSITY -> {
				double[] rho = TopologicalCharge.density(magnet, m);
				sink.field("rho" + suffix, new FieldSnapshot("rho", "1/m2", time, mesh.nx(), mesh.ny(), mesh.nz(),
						mesh.cellXMetre(), mesh.cellYMetre(), mesh.cellZMetre(), new double[][] { rho }));
			}
			}
		}
	}

	private static void finalScalars(MicromagneticInput input, Magnet magnet, LlgEquation equation, List<FilmLayers> filmLayers,
			VectorField m, double time, ResultSink sink) {
		Vector3 average = AverageMagnetization.of(magnet, m);
		sink.scalar("mx", average.x(), "1");
		sink.scalar("my", average.y(), "1");
		sink.scalar("mz", average.z(), "1");
		EnergyBreakdown.of(equation, m, time).forEach((term, energy) -> sink.scalar("E_" + term, energy, "J"));
		for (FilmLayers film : filmLayers) {
			Vector3 own = AverageMagnetization.of(magnet, m, film);
			String name = film.film().orElseThrow();
			sink.scalar("mx_" + name, own.x(), "1");
			sink.scalar("my_" + name, own.y(), "1");
			sink.scalar("mz_" + name, own.z(), "1");
		}
		EnergyBreakdown.byFilm(equation, m, time).forEach((key, energy) -> sink.scalar("E_" + key, energy, "J"));
		double q = TopologicalCharge.ofLayer(m, 0);
		sink.scalar("topological-charge", q, "1");
		sink.scalar("topological-charge-fd", TopologicalCharge.finiteDifference(magnet, m, 0), "1");
		if (input.initialState() instanceof InitialStateInput.Skyrmion && Math.abs(q) >= SkyrmionGeometry.SMALLEST_CHARGE) {
			double[] centre = SkyrmionGeometry.guidingCentre(magnet, m, 0);
			sink.scalar("skyrmion-x", centre[0], "m");
			sink.scalar("skyrmion-y", centre[1], "m");
			double radius = SkyrmionGeometry.radius(magnet, m, centre[0], centre[1], 0);
			if (Double.isFinite(radius)) {
				sink.scalar("skyrmion-radius", radius, "m");
			}
		}
		VectorField b = new VectorField(magnet.mesh());
		equation.effectiveField(time, m, b);
		sink.scalar("max-torque", equation.maxTorqueTesla(m, b), "T");
	}

	static FieldSnapshot snapshot(String quantity, String unit, double time, Mesh mesh, VectorField v) {
		return new FieldSnapshot(quantity, unit, time, mesh.nx(), mesh.ny(), mesh.nz(), mesh.cellXMetre(), mesh.cellYMetre(),
				mesh.cellZMetre(), new double[][] { v.x.clone(), v.y.clone(), v.z.clone() });
	}
}
