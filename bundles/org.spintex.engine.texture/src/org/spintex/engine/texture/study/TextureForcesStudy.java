package org.spintex.engine.texture.study;

import static org.spintex.core.physics.PhysicalConstants.BOLTZMANN;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.spintex.core.parallel.CellLoops;
import org.spintex.core.results.Chart;
import org.spintex.core.results.FieldSnapshot;
import org.spintex.core.results.ProgressStage;
import org.spintex.core.results.ResultSink;
import org.spintex.core.results.RunControl;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.solver.IntegrationFailure;
import org.spintex.engine.llg.study.ExpectedCost;
import org.spintex.engine.llg.study.InitialMagnetization;
import org.spintex.engine.llg.study.MicromagneticSystem;
import org.spintex.engine.texture.motion.Potential;
import org.spintex.engine.texture.motion.ThieleMotion;
import org.spintex.input.EngineContext;
import org.spintex.input.InitialStateInput;
import org.spintex.input.StudyEngine;
import org.spintex.input.TextureForcesInput;

/**
 * Seed 002 on one texture: prepare it (the micromagnetic engine builds the language texture or reads the
 * OVF file and finds the ground state), measure it ({@link TextureAnalysis}), move its centre by the
 * Thiele equation through the potentials, with the current and the thermal force ({@link ThieleMotion}),
 * and, when asked, move the whole texture by the LLG equation under the same current and compare
 * ({@link MicromagneticReference}).
 *
 * <p>Writes the scalars of the analysis, the texture (m_texture.ovf) and its emergent field
 * (emergent_field.ovf), the table {@code trajectory} (path, drift velocity, energy ledger), the table
 * {@code micromagnetic-motion} and the charts trajectory.png and velocity.png. A Thiele path that leaves
 * the finite numbers fails with its last good row kept; a failing LLG check keeps m_last_good.
 */
public final class TextureForcesStudy implements StudyEngine<TextureForcesInput> {

	@Override
	public Class<TextureForcesInput> inputType() {
		return TextureForcesInput.class;
	}

	/** The runner's entry: this study's run with what the context gives. */
	@Override
	public void run(TextureForcesInput input, EngineContext context) {
		FieldSnapshot fromFile = input.texture().initialState() instanceof InitialStateInput.FromFile file
				? context.fieldFiles().read(file.path()) : null;
		run(input, fromFile, context.sink(), context.control(), context.threads());
	}


	public void run(TextureForcesInput input, FieldSnapshot fromFile, ResultSink sink, RunControl control, int threads) {
		try (CellLoops loops = new CellLoops(threads)) {
			MicromagneticSystem system = new MicromagneticSystem(input.texture(), loops);
			Magnet magnet = system.magnet();
			VectorField m = InitialMagnetization.of(magnet, input.texture().material(), input.texture().initialState(), fromFile);
			control.plan(stages(input, magnet.mesh().cellCount()));
			system.findGroundState(m, control)
					.ifPresent(c -> c.report("ground-state", input.texture().groundState().method().word(), sink));
			TextureAnalysis analysis = TextureAnalysis.of(input, magnet, m);
			analysis.report(sink);
			Mesh mesh = magnet.mesh();
			sink.field("m_texture", new FieldSnapshot("m", "1", 0, mesh.nx(), mesh.ny(), mesh.nz(), mesh.cellXMetre(),
					mesh.cellYMetre(), mesh.cellZMetre(), new double[][] { m.x.clone(), m.y.clone(), m.z.clone() }));
			sink.field("emergent_field", new FieldSnapshot("b_z", "T", 0, mesh.nx(), mesh.ny(), mesh.nz(), mesh.cellXMetre(),
					mesh.cellYMetre(), mesh.cellZMetre(), new double[][] { analysis.emergentField() }));

			List<ThieleMotion.Row> path = input.durationSeconds() > 0 ? thielePath(input, analysis, sink, control) : List.of();
			MicromagneticReference.Motion reference = null;
			if (input.micromagneticCheckSeconds() > 0) {
				reference = micromagneticCheck(input, system, m, analysis, sink, control);
			}
			charts(analysis, path, reference, sink);
		}
	}

	/**
	 * The ground-state search, the Thiele path and the micromagnetic check, in field evaluations; a
	 * Thiele step does about the work of one cell of a field evaluation.
	 */
	private static List<ProgressStage> stages(TextureForcesInput input, int cells) {
		List<ProgressStage> stages = new ArrayList<>();
		ExpectedCost.groundState(input.texture().groundState()).ifPresent(stages::add);
		if (input.durationSeconds() > 0) {
			double steps = input.timeStepSeconds().isPresent() ? input.durationSeconds() / input.timeStepSeconds().getAsDouble()
					: ThieleMotion.STEPS_PER_RUN;
			stages.add(new ProgressStage(ThieleMotion.STAGE, Math.max(1, steps) / cells));
		}
		if (input.micromagneticCheckSeconds() > 0) {
			stages.add(ExpectedCost.timeEvolution(input.micromagneticCheckSeconds(), input.texture().timeStepSeconds(),
					input.texture().integrator()));
		}
		return stages;
	}

	private static List<ThieleMotion.Row> thielePath(TextureForcesInput input, TextureAnalysis analysis, ResultSink sink,
			RunControl control) {
		List<Potential> potentials = input.potentials().stream().map(Potential::of).toList();
		ThieleMotion motion = new ThieleMotion(analysis.thiele(), potentials, analysis.forces().total(),
				BOLTZMANN * input.temperatureKelvin(), input.seed());
		double step = input.timeStepSeconds().orElseGet(() -> motion.suggestedTimeStep(input.durationSeconds()));
		sink.scalar("thiele-time-step", step, "s");
		List<ThieleMotion.Row> rows = new ArrayList<>();
		ThieleMotion.Row last;
		try {
			last = motion.run(analysis.centre().xMetre(), analysis.centre().yMetre(), input.durationSeconds(), step,
					input.outputEverySecond(), row -> {
						rows.add(row);
						sink.row("trajectory", ThieleMotion.COLUMNS, row.values());
					}, control);
		} catch (ThieleMotion.Blowup blowup) {
			throw new IllegalStateException(blowup.getMessage() + "; the last good row, t = " + blowup.lastGood().timeSecond()
					+ " s, is the trajectory table's last", blowup);
		}
		ThieleMotion.Row first = rows.get(0);
		sink.scalar("final-x", last.xMetre(), "m");
		sink.scalar("final-y", last.yMetre(), "m");
		sink.scalar("final-velocity-x", last.vxMetrePerSecond(), "m/s");
		sink.scalar("final-velocity-y", last.vyMetrePerSecond(), "m/s");
		double span = last.timeSecond() - first.timeSecond();
		sink.scalar("mean-velocity-x", (last.xMetre() - first.xMetre()) / span, "m/s");
		sink.scalar("mean-velocity-y", (last.yMetre() - first.yMetre()) / span, "m/s");
		if (input.temperatureKelvin() == 0) {
			// W_current = ΔU + Q_dissipated: the gyrotropic force does no work
			double imbalance = last.currentWorkJoule() - (last.potentialJoule() - first.potentialJoule()) - last.dissipatedJoule();
			double scale = Math.max(Math.abs(last.currentWorkJoule()), Math.abs(last.dissipatedJoule()));
			sink.scalar("energy-balance", scale > 0 ? imbalance / scale : 0, "1");
		}
		return rows;
	}

	private static MicromagneticReference.Motion micromagneticCheck(TextureForcesInput input, MicromagneticSystem system,
			VectorField m, TextureAnalysis analysis, ResultSink sink, RunControl control) {
		Magnet magnet = system.magnet();
		try {
			MicromagneticReference.Motion motion = MicromagneticReference.run(system, m, analysis.topological(), analysis.region(),
					input.micromagneticCheckSeconds(), sink, control);
			sink.scalar("llg-velocity-x", motion.vxMetrePerSecond(), "m/s");
			sink.scalar("llg-velocity-y", motion.vyMetrePerSecond(), "m/s");
			sink.scalar("llg-charge-drift", motion.chargeDrift(), "1");
			double[] thiele = analysis.freeVelocity();
			double speed = Math.hypot(thiele[0], thiele[1]);
			double llgSpeed = Math.hypot(motion.vxMetrePerSecond(), motion.vyMetrePerSecond());
			if (speed > 0) {
				sink.scalar("llg-speed-deviation", (llgSpeed - speed) / speed, "1");
				double angle = Math.atan2(thiele[0] * motion.vyMetrePerSecond() - thiele[1] * motion.vxMetrePerSecond(),
						thiele[0] * motion.vxMetrePerSecond() + thiele[1] * motion.vyMetrePerSecond());
				sink.scalar("llg-direction-deviation", Math.toDegrees(angle), "deg");
				if (analysis.drift().speed() > 0) {
					double vx = analysis.drift().xMetrePerSecond(), vy = analysis.drift().yMetrePerSecond();
					double along = motion.vxMetrePerSecond() * vx + motion.vyMetrePerSecond() * vy;
					double across = -motion.vxMetrePerSecond() * vy + motion.vyMetrePerSecond() * vx;
					sink.scalar("llg-hall-angle", Math.toDegrees(Math.atan2(across, along)), "deg");
				}
			}
			return motion;
		} catch (IntegrationFailure failure) {
			Mesh mesh = magnet.mesh();
			VectorField last = failure.lastGoodState();
			sink.field("m_last_good", new FieldSnapshot("m", "1", failure.lastGoodTimeSecond(), mesh.nx(), mesh.ny(), mesh.nz(),
					mesh.cellXMetre(), mesh.cellYMetre(), mesh.cellZMetre(), new double[][] { last.x.clone(), last.y.clone(), last.z.clone() }));
			throw new IllegalStateException("the micromagnetic check failed: " + failure.getMessage()
					+ "; the last good state is in m_last_good.ovf", failure);
		}
	}

	private static void charts(TextureAnalysis analysis, List<ThieleMotion.Row> path, MicromagneticReference.Motion reference,
			ResultSink sink) {
		if (path.isEmpty() && reference == null) {
			return;
		}
		List<Chart.Curve> curves = new ArrayList<>();
		if (!path.isEmpty()) {
			curves.add(new Chart.Curve("Thiele (eqs. 88-90)", column(path, r -> r.xMetre() * 1e9), column(path, r -> r.yMetre() * 1e9),
					Chart.Role.RESULT));
		}
		if (reference != null) {
			curves.add(new Chart.Curve("micromagnetic (LLG, Zhang-Li)", reference.rows().stream().mapToDouble(r -> r[1] * 1e9).toArray(),
					reference.rows().stream().mapToDouble(r -> r[2] * 1e9).toArray(), Chart.Role.SAMPLES));
		}
		sink.chart(new Chart("trajectory", "Path of the texture's centre (seed 002 eq. (90))", "x (nm)", "y (nm)",
				Chart.Scale.LINEAR, Chart.Scale.LINEAR, curves));
		if (!path.isEmpty()) {
			double[] t = column(path, r -> r.timeSecond() * 1e9);
			sink.chart(new Chart("velocity", "Velocity of the texture's centre", "t (ns)", "v (m/s)", Chart.Scale.LINEAR,
					Chart.Scale.LINEAR, List.of(new Chart.Curve("v_x", t, column(path, ThieleMotion.Row::vxMetrePerSecond), Chart.Role.RESULT),
							new Chart.Curve("v_y", t, column(path, ThieleMotion.Row::vyMetrePerSecond), Chart.Role.RESULT))));
		}
	}

	private static double[] column(List<ThieleMotion.Row> rows, ToDoubleFunction<ThieleMotion.Row> f) {
		return rows.stream().mapToDouble(f).toArray();
	}
}
