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
import org.spintex.engine.llg.term.ExchangeField;

/**
 * One exchange-field evaluation on 1024² cells, the local term whose speed the memory bandwidth
 * bounds: it reads m (3 doubles) and reads and writes B (3 doubles), 72 bytes per cell — the film's Ms is one number,
 * which the kernel does not read per cell (a film of several Ms adds its 8 bytes).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExchangeKernelBenchmark {

	/** Bytes the kernel must move per cell. */
	public static final int BYTES_PER_CELL = 72;

	@Param({ "1024" })
	public int n;

	@Param({ "1", "2" })
	public int threads;

	private ExchangeField exchange;
	private VectorField m;
	private VectorField b;
	private CellLoops loops;

	@Setup(Level.Trial)
	public void setUp() {
		loops = new CellLoops(threads);
		Magnet magnet = PermalloyFilm.magnet(n, loops);
		exchange = PermalloyFilm.exchange(magnet);
		m = magnet.uniform(1, 0.1, 0.02);
		for (int c = 0; c < m.cellCount(); c++) {
			m.set(c, Math.cos(1e-3 * c), Math.sin(1e-3 * c), 0);
		}
		b = new VectorField(magnet.mesh());
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		loops.close();
	}

	@Benchmark
	public double field() {
		exchange.addField(0, m, b);
		return b.x[17];
	}
}
