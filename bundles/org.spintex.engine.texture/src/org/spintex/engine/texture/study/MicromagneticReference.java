package org.spintex.engine.texture.study;

import java.util.ArrayList;
import java.util.List;

import org.spintex.core.results.ResultSink;
import org.spintex.core.results.RunControl;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.observable.TopologicalCharge;
import org.spintex.engine.llg.solver.MagnetizationState;
import org.spintex.engine.llg.solver.TimeEvolution;
import org.spintex.engine.llg.study.MicromagneticSystem;
import org.spintex.engine.texture.topology.TextureCentre;

/**
 * The texture's motion under the same current in the full micromagnetic model (LLG with the Zhang–Li
 * torque, whose u is the Thiele drift's): what the rigid-texture Thiele velocity is checked against.
 * Records the centre and the topological charge at 40 times; the velocity is the least-squares slope of
 * the centre over the second half, after the texture has settled into its moving shape.
 */
final class MicromagneticReference {

	static final List<String> COLUMNS = List.of("t [s]", "x [m]", "y [m]", "Q [1]");
	private static final int SAMPLES = 40;

	/** The measured motion: velocity in m/s and the largest change of the lattice charge Q. */
	record Motion(double vxMetrePerSecond, double vyMetrePerSecond, double chargeDrift, List<double[]> rows) {
	}

	private MicromagneticReference() {
	}

	static Motion run(MicromagneticSystem system, VectorField start, boolean topological, boolean[] region, double durationSeconds,
			ResultSink sink, RunControl control) {
		Magnet magnet = system.magnet();
		VectorField m = start.copy();
		system.startDynamics();
		double q0 = TopologicalCharge.ofLayer(m, 0, region);
		List<double[]> rows = new ArrayList<>();
		double[] drift = { 0 };
		TimeEvolution.Observer observer = s -> {
			TextureCentre centre = TextureCentre.of(magnet, s.m(), topological, region);
			double q = TopologicalCharge.ofLayer(s.m(), 0, region);
			drift[0] = Math.max(drift[0], Math.abs(q - q0));
			double[] row = { s.timeSecond(), centre.xMetre(), centre.yMetre(), q };
			rows.add(row);
			sink.row("micromagnetic-motion", COLUMNS, row);
		};
		new TimeEvolution(system.equation(), system.newIntegrator()).run(new MagnetizationState(m, 1e-13), durationSeconds,
				durationSeconds / SAMPLES, observer, control);
		List<double[]> late = rows.stream().filter(r -> r[0] >= durationSeconds / 2 * (1 - 1e-9)).toList();
		return new Motion(slope(late, 1), slope(late, 2), drift[0], rows);
	}

	/** The least-squares slope of column {@code column} against time. */
	static double slope(List<double[]> rows, int column) {
		double n = rows.size(), st = 0, sv = 0, stt = 0, stv = 0;
		for (double[] r : rows) {
			st += r[0];
			sv += r[column];
			stt += r[0] * r[0];
			stv += r[0] * r[column];
		}
		return (n * stv - st * sv) / (n * stt - st * st);
	}
}
