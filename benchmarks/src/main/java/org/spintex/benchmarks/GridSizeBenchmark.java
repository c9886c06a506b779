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

/**
 * The cost per cell of a Heun step (exchange + demag + Zeeman, MuMax3's permalloy problem, one thread) over grid sizes
 * next to each other, the awkward ones included: 127 and 254 cells (2·127 padded), 250 (500 = 4·5³ padded), so that a
 * padding or FFT length that is slow for its size shows as a cliff against its neighbours; and, with more layers and
 * threads ({@link ThickFilmBenchmarks}), of n × n × k films.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GridSizeBenchmark {

	@Param({ "126", "127", "128", "129", "130", "250", "251", "252", "253", "254", "255", "256", "257", "258", "259", "260" })
	public int n;

	/** Layers of 4 nm: ThickFilmBenchmarks runs 1, 4 and 16 (the demag convolution in 3D). */
	@Param({ "1" })
	public int layers;

	@Param({ "1" })
	public int threads;

	private LlgEquation equation;
	private MagnetizationState state;
	private HeunIntegrator heun;
	private CellLoops loops;

	@Setup(Level.Trial)
	public void setUp() {
		loops = new CellLoops(threads);
		Magnet magnet = PermalloyFilm.magnet(n, layers, loops);
		equation = PermalloyFilm.equation(magnet);
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
