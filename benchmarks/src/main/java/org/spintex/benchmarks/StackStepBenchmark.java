package org.spintex.benchmarks;

import java.util.List;
import java.util.Optional;
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
import org.spintex.core.math.Vector3;
import org.spintex.core.parallel.CellLoops;
import org.spintex.engine.llg.solver.HeunIntegrator;
import org.spintex.engine.llg.solver.LlgEquation;
import org.spintex.engine.llg.solver.MagnetizationState;
import org.spintex.engine.llg.study.InitialMagnetization;
import org.spintex.engine.llg.study.MicromagneticSystem;
import org.spintex.input.DmiKind;
import org.spintex.input.FilmLayerInput;
import org.spintex.input.FilmMeshInput;
import org.spintex.input.FilmShape;
import org.spintex.input.InitialStateInput;
import org.spintex.input.InterlayerCouplingInput;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.MicromagneticInput;

/**
 * A two-film stack against the single film of the same size, built as a study builds them: permalloy (MuMax3's
 * benchmark problem, 4 nm cells, n × n per film), exchange + demag + Zeeman, and for the stack a second film 4 nm above
 * the first (one empty spacer layer, n × n × 3 cells) with an interlayer coupling. One Heun step (two evaluations);
 * the metric is magnetic cells × evaluations per second, so the stack's cost per film cell can be read against the
 * single film's.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StackStepBenchmark {

	static final MagnetMaterialInput PERMALLOY = new MagnetMaterialInput(800e3, 13e-12, 0.02, 1.7595e11, List.of(), DmiKind.NONE, 0);

	@Param({ "256", "512" })
	public int n;

	/** "film": one film, n × n × 1; "stack": two films across a spacer, n × n × 3. */
	@Param({ "film", "stack" })
	public String device;

	@Param({ "1", "2" })
	public int threads;

	private LlgEquation equation;
	private MagnetizationState state;
	private HeunIntegrator heun;
	private CellLoops loops;

	static MicromagneticInput input(int n, boolean stack) {
		double cell = 4e-9;
		FilmMeshInput mesh = new FilmMeshInput(n, n, stack ? 3 : 1, cell, cell, cell, FilmShape.BOX, 0, false, false);
		MicromagneticInput.Builder builder = MicromagneticInput.builder("Bench", "step", mesh, PERMALLOY,
				new InitialStateInput.Uniform(new Vector3(1, 0.1, 0.02))).staticField(new Vector3(0.01, 0.001, 0));
		if (stack) {
			builder.films(List.of(new FilmLayerInput("lower", PERMALLOY, 0, 1, Optional.empty(), List.of()),
					new FilmLayerInput("upper", PERMALLOY, 2, 1, Optional.empty(), List.of())))
					.couplings(List.of(new InterlayerCouplingInput("spacer", "lower", "upper", -0.1e-3, 0)));
		}
		return builder.build();
	}

	@Setup(Level.Trial)
	public void setUp() {
		loops = new CellLoops(threads);
		MicromagneticInput input = input(n, device.equals("stack"));
		MicromagneticSystem system = new MicromagneticSystem(input, loops);
		equation = system.equation();
		state = new MagnetizationState(InitialMagnetization.of(system.magnet(), input, null), 1e-14);
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
