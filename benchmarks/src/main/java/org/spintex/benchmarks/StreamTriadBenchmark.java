package org.spintex.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

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

/**
 * The memory-bandwidth baseline, measured in the same run as the engine: McCalpin's STREAM triad
 * a = b + s·c on arrays far larger than the caches, 24 bytes per element as STREAM counts them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StreamTriadBenchmark {

	public static final int ELEMENTS = 1 << 23;
	public static final int BYTES_PER_ELEMENT = 24;

	@Param({ "1", "2" })
	public int threads;

	private double[] a;
	private double[] b;
	private double[] c;
	private CellLoops loops;

	@Setup(Level.Trial)
	public void setUp() {
		a = new double[ELEMENTS];
		b = IntStream.range(0, ELEMENTS).mapToDouble(i -> i * 1e-3).toArray();
		c = IntStream.range(0, ELEMENTS).mapToDouble(i -> 1 - i * 1e-4).toArray();
		loops = new CellLoops(threads);
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		loops.close();
	}

	@Benchmark
	public double triad() {
		double s = 3.0;
		loops.forEach(ELEMENTS, (from, to) -> {
			for (int i = from; i < to; i++) {
				a[i] = b[i] + s * c[i];
			}
		});
		return a[ELEMENTS / 2];
	}
}
