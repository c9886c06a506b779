package org.spintex.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.spintex.core.math.GaussKronrod;
import org.spintex.core.math.Vector3;
import org.spintex.core.parallel.CellLoops;
import org.spintex.engine.negf.density.DensityMatrixParts;
import org.spintex.engine.negf.density.RotatingFrameSolver;
import org.spintex.engine.negf.green.GreenFunction;
import org.spintex.engine.negf.lead.TightBindingLead;
import org.spintex.engine.negf.model.PrecessingChain;

/**
 * The NEGF engine against the length N of the wire (seed 004 in units of γ: J_sd = 0.5γ, γ_c = γ,
 * ħω = 10⁻³γ, random moments): one energy point (the recursive Green function's diagonal and end
 * columns at a complex energy, O(N)) and a full torque evaluation (the exact ρ and its four parts, the
 * adaptive energy integrals included), on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ElectronTorqueBenchmark {

	@Param({ "10", "100", "1000" })
	public int sites;

	private RotatingFrameSolver solver;
	private CellLoops loops;

	@Setup(Level.Trial)
	public void setUp() {
		SplittableRandom random = new SplittableRandom(4);
		Vector3[] moments = new Vector3[sites];
		for (int i = 0; i < sites; i++) {
			moments[i] = Vector3.fromSpherical(Math.acos(2 * random.nextDouble() - 1), 2 * Math.PI * random.nextDouble());
		}
		TightBindingLead lead = new TightBindingLead(1, 1);
		loops = CellLoops.sequential();
		solver = new RotatingFrameSolver(new PrecessingChain(1, 0.5, moments, 1e-3, 0, lead, lead),
				new GaussKronrod(1e-15, 1e-10, 50_000, loops));
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		loops.close();
	}

	@Benchmark
	public void energyPoint(Blackhole hole) {
		GreenFunction g = solver.green(-0.7, 0.3, true);
		for (int i = 0; i < sites; i++) {
			hole.consume(g.diagonal(i));
		}
		hole.consume(g.fromFirst(sites - 1));
	}

	@Benchmark
	public DensityMatrixParts torqueEvaluation() {
		return solver.parts();
	}
}
