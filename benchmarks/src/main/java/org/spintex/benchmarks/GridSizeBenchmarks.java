package org.spintex.benchmarks;

import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link GridSizeBenchmark} with the STREAM triad of the same run and prints, for each n, the time per cell of a
 * Heun step, the padded FFT length, and the ratio to the cheapest of its group (126–130, 250–260): no size may cost
 * much more per cell than its neighbours.
 */
public final class GridSizeBenchmarks {

	private GridSizeBenchmarks() {
	}

	public static void main(String[] args) throws RunnerException {
		Options options = new OptionsBuilder().include(GridSizeBenchmark.class.getSimpleName())
				.include(StreamTriadBenchmark.class.getSimpleName()).param("threads", "1")
				.warmupIterations(3).warmupTime(TimeValue.seconds(1)).measurementIterations(5).measurementTime(TimeValue.seconds(1))
				.forks(1).jvmArgsAppend("-Xmx4g", "--add-modules", "jdk.incubator.vector").build();
		Map<String, Double> millis = Scores.byKey(new Runner(options).run());
		System.out.println();
		System.out.println("Heun step (exchange + demag + Zeeman), 4 nm permalloy, n × n, 1 thread:");
		System.out.printf(Locale.ROOT, "%-5s %8s %14s %16s %12s%n", "n", "padded", "ms per step", "ns per cell-eval", "vs best");
		for (int[] group : new int[][] { { 126, 130 }, { 250, 260 } }) {
			double best = Double.POSITIVE_INFINITY;
			for (int n = group[0]; n <= group[1]; n++) {
				best = Math.min(best, perCell(millis, n));
			}
			for (int n = group[0]; n <= group[1]; n++) {
				double perCell = perCell(millis, n);
				System.out.printf(Locale.ROOT, "%-5d %8d %14.3f %16.2f %12.2f%n", n, paddedLength(n),
						millis.getOrDefault("step layers=1 n=" + n + " threads=1", Double.NaN), perCell, perCell / best);
			}
		}
		Double triad = millis.get("triad threads=1");
		if (triad != null) {
			System.out.printf(Locale.ROOT, "STREAM triad, 1 thread: %.2f GB/s%n",
					(double) StreamTriadBenchmark.ELEMENTS * StreamTriadBenchmark.BYTES_PER_ELEMENT / (triad * 1e-3) / 1e9);
		}
	}

	/** Nanoseconds per cell and field evaluation (a Heun step is two). */
	private static double perCell(Map<String, Double> millis, int n) {
		Double ms = millis.get("step layers=1 n=" + n + " threads=1");
		return ms == null ? Double.NaN : ms * 1e6 / (2.0 * n * n);
	}

	/** The FFT length of an axis of n cells, as the demag field pads it. */
	private static int paddedLength(int n) {
		return org.spintex.engine.llg.demag.DemagKernel.padded(n);
	}
}
