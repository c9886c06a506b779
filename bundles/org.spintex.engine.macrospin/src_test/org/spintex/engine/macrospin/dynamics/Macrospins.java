package org.spintex.engine.macrospin.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.spintex.core.math.Vector3;
import org.spintex.core.parallel.CellLoops;
import org.spintex.core.results.RunControl;
import org.spintex.engine.llg.study.MicromagneticSystem;
import org.spintex.engine.llg.term.FieldTerm;
import org.spintex.engine.macrospin.berry.GyromagneticRatio;
import org.spintex.input.AnisotropyInput;
import org.spintex.input.CurrentInput;
import org.spintex.input.FilmMeshInput;
import org.spintex.input.InitialStateInput;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.MicromagneticInput;

/** A film as one cell for the tests, with its anisotropy, damping and currents. */
public final class Macrospins {

	public static final double MS = 1e6;
	public static final double GAMMA = 1.7595e11;
	public static final double THICKNESS = 1e-9;

	private Macrospins() {
	}

	public static MicromagneticSystem system(double alpha, List<AnisotropyInput> anisotropies, List<CurrentInput> currents) {
		FilmMeshInput film = new FilmMeshInput(1, 1, 1, 100e-9, 20e-9, THICKNESS, org.spintex.input.FilmShape.BOX, 0, false, false);
		MagnetMaterialInput material = new MagnetMaterialInput(MS, 0, alpha, GAMMA, anisotropies, org.spintex.input.DmiKind.NONE, 0);
		MicromagneticInput input = MicromagneticInput.builder("D", "s", film, material,
				new InitialStateInput.Uniform(Vector3.UNIT_Z)).currents(currents).demag(false).duration(1e-9).tolerance(1e-9)
				.outputInterval(1e-11).fieldOutputs(List.of()).build();
		MicromagneticSystem system = new MicromagneticSystem(input, new CellLoops(1));
		system.startDynamics();
		return system;
	}

	/** The points of a trajectory from m0. */
	public static List<MacrospinTrajectory.Point> run(MicromagneticSystem system, GyromagneticRatio gamma, List<FieldTerm> extra,
			List<FieldTerm> nonConservative, double[] m0, double duration, double every) {
		extra.forEach(system.equation()::add);
		MacrospinEquation equation = new MacrospinEquation(system.equation(), gamma, nonConservative);
		List<MacrospinTrajectory.Point> points = new ArrayList<>();
		new MacrospinTrajectory(equation, Set.copyOf(nonConservative.stream().map(FieldTerm::name).toList()), 1e-10)
				.run(m0, duration, every, points::add, RunControl.NONE);
		return points;
	}

	public static double[] polar(double theta, double phi) {
		return new double[] { Math.sin(theta) * Math.cos(phi), Math.sin(theta) * Math.sin(phi), Math.cos(theta) };
	}
}
