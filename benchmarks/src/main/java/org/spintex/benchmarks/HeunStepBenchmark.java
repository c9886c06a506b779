package org.spintex.benchmarks;

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
import org.spintex.core.parallel.CellLoops;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.solver.HeunIntegrator;
import org.spintex.engine.llg.solver.LlgEquation;
import org.spintex.engine.llg.solver.MagnetizationState;
import org.spintex.input.Precision;

/**
 * MuMax3's throughput metric on its own benchmark problem: permalloy, 4 nm cells, n × n × 1, one Heun
 * step (two field evaluations) with a fixed step. Cells × evaluations per second = 2n² / (time per step).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HeunStepBenchmark {

	@Param({ "256", "512", "1024" })
	public int n;

	/**
	 * "full": exchange + demag + Zeeman; "full-single": the same with the demag convolution in single precision;
	 * "exchange": exchange only.
	 */
	@Param({ "full", "full-single", "exchange" })
	public String terms;

	@Param({ "1", "2" })
	public int threads;

	private LlgEquation equation;
	private MagnetizationState state;
	private HeunIntegrator heun;
	private CellLoops loops;

	@Setup(Level.Trial)
	public void setUp() {
		loops = new CellLoops(threads);
		Magnet magnet = PermalloyFilm.magnet(n, loops);
		equation = switch (terms) {
		case "full" -> PermalloyFilm.equation(magnet, Precision.DOUBLE);
		case "full-single" -> PermalloyFilm.equation(magnet, Precision.SINGLE);
		default -> new LlgEquation(magnet).add(PermalloyFilm.exchange(magnet));
		};
		VectorField m = magnet.uniform(1, 0.1, 0.02);
		state = new MagnetizationState(m, 1e-14);
		heun = new HeunIntegrator(1e-14);
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		loops.close();
	}

	@Benchmark
	public double step() {
		heun.step(equation, state, Double.POSITIVE_INFINITY);
		return state.m().x[0];
	}
}
