package org.spintex.benchmarks;

import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.spintex.engine.llg.fft.BatchedFft;

/**
 * Runs the JMH benchmarks and prints MuMax3's metric (cells × field evaluations per wall-second) next to
 * OOMMF 2.1's figures on this problem and machine kind, and the exchange kernel's throughput as a
 * fraction of the bound set by the memory bandwidth measured in the same run.
 */
public final class Benchmarks {

	/** OOMMF 2.1 on a 2-core machine of this kind, 2 threads: demag at 1024², and exchange only. */
	private static final double OOMMF_FULL_1024_2T = 1.26e7;
	private static final double OOMMF_FULL_1024_1T = 6.2e6;
	private static final double OOMMF_EXCHANGE_1024_2T = 3.9e7;

	private Benchmarks() {
	}

	/** OOMMF's figure for this row, or null where none was measured. */
	private static Double oommf(int n, String terms, int threads) {
		if (n != 1024) {
			return null;
		}
		if (terms.equals("full")) {
			return threads == 2 ? OOMMF_FULL_1024_2T : OOMMF_FULL_1024_1T;
		}
		return threads == 2 ? Double.valueOf(OOMMF_EXCHANGE_1024_2T) : null;
	}

	public static void main(String[] args) throws RunnerException {
		Options options = new OptionsBuilder()
				.include(HeunStepBenchmark.class.getSimpleName())
				.include(ExchangeKernelBenchmark.class.getSimpleName())
				.include(StreamTriadBenchmark.class.getSimpleName())
				.include(FftBenchmark.class.getSimpleName())
				// five warm-up seconds were not enough at 1024² on 2 threads: the JIT's compiler threads
				// compete with both workers of a 2-core machine, and the step time was still falling
				.warmupIterations(5).warmupTime(TimeValue.seconds(2))
				.measurementIterations(5).measurementTime(TimeValue.seconds(2))
				.forks(1).jvmArgsAppend("-Xmx6g", "--add-modules", "jdk.incubator.vector")
				.build();
		Map<String, Double> millis = Scores.byKey(new Runner(options).run());
		System.out.println();
		System.out.println("Cells × field evaluations per second (Heun step = 2 evaluations), 4 nm permalloy, n × n × 1:");
		System.out.printf(Locale.ROOT, "%-10s %-5s %-8s %12s %12s%n", "terms", "n", "threads", "cell-evals/s", "vs OOMMF");
		for (String terms : new String[] { "full", "exchange" }) {
			for (int n : new int[] { 256, 512, 1024 }) {
				for (int threads : new int[] { 1, 2 }) {
					Double ms = millis.get("step n=" + n + " terms=" + terms + " threads=" + threads);
					if (ms == null) {
						continue;
					}
					double rate = 2.0 * n * n / (ms * 1e-3);
					Double oommf = oommf(n, terms, threads);
					System.out.printf(Locale.ROOT, "%-10s %-5d %-8d %12.3g %12s%n", terms, n, threads, rate,
							oommf == null ? "" : String.format(Locale.ROOT, "%.2f×", rate / oommf));
				}
			}
		}
		System.out.println();
		Double jtransforms = millis.get("forwardAndInverse kernel=jtransforms n=2048");
		for (String kernel : new String[] { "batched-simd", "batched-scalar", "jtransforms" }) {
			Double micros = millis.get("forwardAndInverse kernel=" + kernel + " n=2048");
			if (micros != null && jtransforms != null) {
				System.out.printf(Locale.ROOT, "complex FFT, 2048 points, %-15s %6.2f µs per transform (%.2f× JTransforms)%n", kernel,
						micros / (2 * BatchedFft.LANES), jtransforms / micros);
			}
		}
		System.out.println();
		for (int threads : new int[] { 1, 2 }) {
			Double triad = millis.get("triad threads=" + threads);
			Double kernel = millis.get("field n=1024 threads=" + threads);
			if (triad == null || kernel == null) {
				continue;
			}
			double bandwidth = (double) StreamTriadBenchmark.ELEMENTS * StreamTriadBenchmark.BYTES_PER_ELEMENT / (triad * 1e-3);
			double bound = bandwidth / ExchangeKernelBenchmark.BYTES_PER_CELL;
			double achieved = 1024.0 * 1024 / (kernel * 1e-3);
			System.out.printf(Locale.ROOT, "%d thread(s): STREAM triad %.2f GB/s; exchange field %.3g cells/s = %.0f%% of the "
					+ "bandwidth bound %.3g cells/s (%d B/cell)%n", threads, bandwidth / 1e9, achieved, 100 * achieved / bound, bound,
					ExchangeKernelBenchmark.BYTES_PER_CELL);
		}
	}
}
