package org.spintex.engine.macrospin.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.spintex.core.math.Vector3;
import org.spintex.core.parallel.CellLoops;
import org.spintex.core.results.Chart;
import org.spintex.core.results.ProgressStage;
import org.spintex.core.results.ResultSink;
import org.spintex.core.results.RunControl;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.study.MicromagneticSystem;
import org.spintex.engine.llg.term.FieldTerm;
import org.spintex.engine.macrospin.berry.EdgeStateGyromagneticRatio;
import org.spintex.engine.macrospin.berry.GyromagneticRatio;
import org.spintex.engine.macrospin.berry.SurfaceStateGyromagneticRatio;
import org.spintex.engine.macrospin.dynamics.MacrospinEquation;
import org.spintex.engine.macrospin.dynamics.MacrospinTrajectory;
import org.spintex.engine.macrospin.field.EdgeStateElectricField;
import org.spintex.engine.macrospin.field.MagnetoelectricField;
import org.spintex.engine.macrospin.torque.ElectricFieldBerryTorque;
import org.spintex.input.EngineContext;
import org.spintex.input.InitialStateInput;
import org.spintex.input.SpinOrbitInput;
import org.spintex.input.StudyEngine;

/**
 * Seed 003 on a film as one macrospin: its LLG dynamics with the spin-orbit torques of its contacts (eqs. (2.1),
 * (2.2), (2.26)–(2.29)) and, under a topological-insulator interface, the Berry-curvature γ(m) and the
 * electric-field-induced field (eqs. (2.30)–(2.42)). Writes the trajectory from the initial direction (table
 * {@code trajectory}), and a phase portrait: trajectories from a grid of starts ({@code portrait}), where they end
 * ({@code portrait-ends}) and the picture {@code phase-portrait.png}.
 */
public final class SpinOrbitStudy implements StudyEngine<SpinOrbitInput> {

	@Override
	public Class<SpinOrbitInput> inputType() {
		return SpinOrbitInput.class;
	}

	/** The runner's entry: this study's run with what the context gives. */
	@Override
	public void run(SpinOrbitInput input, EngineContext context) {
		run(input, context.sink(), context.control());
	}


	public void run(SpinOrbitInput input, ResultSink sink, RunControl control) {
		try (CellLoops loops = new CellLoops(1)) {
			MicromagneticSystem system = new MicromagneticSystem(input.macrospin(), loops);
			Magnet magnet = system.magnet();
			Mesh mesh = magnet.mesh();
			double ms = magnet.ms(0), gammaF = magnet.gamma();
			GyromagneticRatio gamma = GyromagneticRatio.UNRENORMALISED;
			List<FieldTerm> nonConservative = new ArrayList<>();
			switch (input.interfaceModel()) {
			case TI_SURFACE -> {
				// the film on the Dirac surface: m = M_s d per area
				double perArea = ms * mesh.cellZMetre();
				SurfaceStateGyromagneticRatio surface = SurfaceStateGyromagneticRatio.of(gammaF, input.exchangeRatio(), perArea,
						input.latticeConstantMetre().orElseThrow());
				gamma = surface;
				double b = MagnetoelectricField.fieldTesla(input.electricFieldVoltPerMetre(), input.exchangeRatio(), perArea,
						input.latticeConstantMetre().orElseThrow());
				system.equation().add(new MagnetoelectricField(magnet, b));
				sink.scalar("renormalisation-strength", surface.strength(), "1");
				sink.scalar("magnetoelectric-field", b, "T");
			}
			case TI_EDGE -> {
				// the wire along x on the helical edge: m = M_s S per length, S = width × thickness
				double perLength = ms * mesh.cellYMetre() * mesh.cellZMetre();
				EdgeStateGyromagneticRatio edge = EdgeStateGyromagneticRatio.of(gammaF, input.exchangeRatio(), perLength,
						input.latticeConstantMetre().orElseThrow());
				gamma = edge;
				double b = EdgeStateElectricField.amplitudeTesla(input.electricFieldVoltPerMetre(), perLength);
				EdgeStateElectricField field = new EdgeStateElectricField(b);
				system.equation().add(field);
				nonConservative.add(field);
				sink.scalar("renormalisation-strength", edge.strength(), "1");
				sink.scalar("edge-field-amplitude", b, "T");
				// eq. (2.42): the work of one turn about −y, per length of wire, is eE
				sink.scalar("work-per-turn", -2 * Math.PI * b * ms * mesh.cellVolume(), "J");
			}
			case NONE -> {
				// the bare film: the free-electron γ and no field from electrons
			}
			}
			if (input.gyromagneticCorrection() != 0 || input.dampingCorrection() != 0) {
				system.equation().add(new ElectricFieldBerryTorque(system.equation(), input.gyromagneticCorrection(),
						input.dampingCorrection()));
			}
			sink.scalar("gamma-factor-pole", gamma.factor(0, 0, 1), "1");
			sink.scalar("gamma-factor-equator", gamma.factor(1, 0, 0), "1");
			system.startDynamics();
			MacrospinEquation equation = new MacrospinEquation(system.equation(), gamma, nonConservative);
			MacrospinTrajectory trajectory = new MacrospinTrajectory(equation,
					Set.copyOf(nonConservative.stream().map(FieldTerm::name).toList()), input.tolerance());

			// every trajectory of the portrait is as long as the main one
			control.plan(input.portraitPoints() > 0 ? List.of(new ProgressStage("macrospin", 1),
					new ProgressStage("phase portrait", new PhasePortrait(input.portraitAxis(), input.portraitPoints()).starts().size()))
					: List.of(new ProgressStage("macrospin", 1)));
			double[] m0 = start(input.macrospin().initialState());
			List<MacrospinTrajectory.Point> main = new ArrayList<>();
			MacrospinTrajectory.Point last = trajectory.run(m0, input.durationSeconds(), input.outputEverySecond(), p -> {
				main.add(p);
				sink.row("trajectory", MacrospinTrajectory.COLUMNS, p.values());
			}, control);
			sink.scalar("final-mx", last.mx(), "1");
			sink.scalar("final-my", last.my(), "1");
			sink.scalar("final-mz", last.mz(), "1");
			sink.scalar("energy-change", last.energyJoule() - main.get(0).energyJoule(), "J");
			sink.scalar("electric-work", last.workJoule(), "J");
			PhasePortrait portrait = new PhasePortrait(input.portraitAxis(), input.portraitPoints());
			List<Chart.Curve> curves = new ArrayList<>();
			addCurves(portrait, main, "from the initial state", curves);
			if (input.portraitPoints() > 0) {
				portrait(input, portrait, trajectory, sink, control, curves);
			}
			sink.chart(new Chart("phase-portrait", "Trajectories on the magnetization sphere (seed 003), axis " + portrait.axis(),
					"azimuth phi (deg)", "polar angle theta (deg)", Chart.Scale.LINEAR, Chart.Scale.LINEAR, curves));
		}
	}

	private static void portrait(SpinOrbitInput input, PhasePortrait portrait, MacrospinTrajectory trajectory, ResultSink sink,
			RunControl control, List<Chart.Curve> curves) {
		List<double[]> starts = portrait.starts();
		List<Object[]> ends = new ArrayList<>();
		for (int k = 0; k < starts.size(); k++) {
			double[] start = starts.get(k);
			int index = k;
			List<MacrospinTrajectory.Point> points = new ArrayList<>();
			MacrospinTrajectory.Point end = trajectory.run(portrait.direction(start[0], start[1]), input.durationSeconds(),
					input.outputEverySecond(), p -> {
						points.add(p);
						sink.row("portrait", List.of("trajectory [1]", "t [s]", "mx [1]", "my [1]", "mz [1]"),
								new double[] { index, p.timeSecond(), p.mx(), p.my(), p.mz() });
					}, RunControl.NONE);
			control.progress("phase portrait", (k + 1.0) / starts.size());
			double[] angles = portrait.angles(end.mx(), end.my(), end.mz());
			ends.add(new Object[] { k, Math.toDegrees(start[0]), Math.toDegrees(start[1]), end.mx(), end.my(), end.mz(),
					Math.toDegrees(angles[0]), Math.toDegrees(angles[1]), end.energyJoule() - points.get(0).energyJoule(),
					end.workJoule() });
			addCurves(portrait, points, "", curves);
		}
		sink.labelledTable("portrait-ends", List.of("trajectory", "theta0 (deg)", "phi0 (deg)", "mx", "my", "mz", "theta (deg)",
				"phi (deg)", "energy change (J)", "electric work (J)"), ends);
	}

	/** The path in (φ, θ) degrees, cut where φ wraps round so that no line crosses the picture. */
	private static void addCurves(PhasePortrait portrait, List<MacrospinTrajectory.Point> points, String label,
			List<Chart.Curve> curves) {
		List<double[]> segment = new ArrayList<>();
		double previous = Double.NaN;
		for (MacrospinTrajectory.Point p : points) {
			double[] a = portrait.angles(p.mx(), p.my(), p.mz());
			double phi = Math.toDegrees(a[1]);
			if (!Double.isNaN(previous) && Math.abs(phi - previous) > 180) {
				curves.add(curve(curves.isEmpty() ? label : "", segment));
				segment = new ArrayList<>();
			}
			segment.add(new double[] { phi, Math.toDegrees(a[0]) });
			previous = phi;
		}
		curves.add(curve(curves.isEmpty() ? label : "", segment));
	}

	private static Chart.Curve curve(String label, List<double[]> segment) {
		return new Chart.Curve(label, segment.stream().mapToDouble(p -> p[0]).toArray(),
				segment.stream().mapToDouble(p -> p[1]).toArray(), Chart.Role.RESULT);
	}

	private static double[] start(InitialStateInput state) {
		if (state instanceof InitialStateInput.Uniform uniform) {
			Vector3 d = uniform.direction();
			return new double[] { d.x(), d.y(), d.z() };
		}
		throw new IllegalArgumentException(String.format(Locale.ROOT,
				"a macrospin starts from a uniform direction, not %s", state.getClass().getSimpleName()));
	}
}
