package org.spintex.benchmarks;

import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.spintex.engine.llg.fft.BatchedFft;
import org.spintex.engine.llg.fft.FloatBatchedFft;

/**
 * Runs the JMH benchmarks and prints, as the README's Markdown table, MuMax3's metric (cells × field evaluations per
 * wall-second) in double and single precision next to OOMMF 2.1's figures on this problem and machine kind, the FFT
 * against JTransforms, and the exchange kernel's throughput as a fraction of the bound set by the memory bandwidth
 * measured in the same run. The goals it is read against: at least twice OOMMF's rate on every grid OOMMF was
 * measured on, at least 80 % of the bandwidth bound for the local terms.
 */
public final class Benchmarks {

	/**
	 * OOMMF 2.1 at 1024² (exchange + demag + Zeeman, fixed-step Heun), measured side by side with Spintex on one 2-core
	 * machine of the development kind in one sitting, each run on a quiet machine, the week before 2026-12-02 (the
	 * figures issue 25 records): 8.1–9.2e6 on 2 threads, 4.6–5.0e6 on 1. The upper ends are used, so that a ratio is
	 * never flattered.
	 */
	private static final double OOMMF_FULL_1024_2T = 9.2e6;
	private static final double OOMMF_FULL_1024_1T = 5.0e6;
	/** OOMMF 2.1, exchange only, 1024², 2 threads: measured 2026-11-23 on a machine of the same kind. */
	private static final double OOMMF_EXCHANGE_1024_2T = 3.9e7;
	/** The goals: this many times OOMMF's rate, and this fraction of the bandwidth bound for a local term. */
	private static final double GOAL_VS_OOMMF = 2;
	private static final double GOAL_OF_BANDWIDTH_BOUND = 0.8;

	private Benchmarks() {
	}

	/** OOMMF's figure for this row, or null where none was measured. */
	private static Double oommf(int n, String terms, int threads) {
		if (n != 1024) {
			return null;
		}
		if (terms.startsWith("full")) {
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
		System.out.println("Cells × field evaluations per second (Heun step = 2 evaluations), 4 nm permalloy, n × n × 1, "
				+ java.time.LocalDate.now() + ":");
		System.out.println();
		System.out.println("| terms | precision | n | threads | ms per Heun step | cell-evaluations/s | single / double | OOMMF 2.1 "
				+ "| vs OOMMF (goal ≥ " + GOAL_VS_OOMMF + "×) |");
		System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
		for (String terms : new String[] { "full", "full-single", "exchange" }) {
			for (int n : new int[] { 256, 512, 1024 }) {
				for (int threads : new int[] { 1, 2 }) {
					Double ms = millis.get("step n=" + n + " terms=" + terms + " threads=" + threads);
					if (ms == null) {
						continue;
					}
					double rate = 2.0 * n * n / (ms * 1e-3);
					Double inDouble = terms.equals("full-single") ? millis.get("step n=" + n + " terms=full threads=" + threads) : null;
					Double oommf = oommf(n, terms, threads);
					System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %.3g | %s | %s | %s |%n",
							terms.equals("exchange") ? "exchange" : "exchange + demag + Zeeman", terms.equals("full-single") ? "single" : "double",
							n, threads, ms, rate, inDouble == null ? "" : String.format(Locale.ROOT, "%.2f×", inDouble / ms),
							oommf == null ? "" : String.format(Locale.ROOT, "%.2g", oommf),
							oommf == null ? "" : String.format(Locale.ROOT, "%.2f×", rate / oommf));
				}
			}
		}
		System.out.println();
		Double jtransforms = millis.get("forwardAndInverse kernel=jtransforms n=2048");
		for (String kernel : new String[] { "batched-simd", "batched-simd-single", "batched-scalar", "jtransforms" }) {
			Double micros = millis.get("forwardAndInverse kernel=" + kernel + " n=2048");
			if (micros != null && jtransforms != null) {
				// a call transforms LANES sequences (JTransforms: as many, one at a time) forward and back
				int sequences = kernel.endsWith("single") ? FloatBatchedFft.LANES : BatchedFft.LANES;
				double perTransform = micros / (2 * sequences), jtransformsPerTransform = jtransforms / (2 * BatchedFft.LANES);
				System.out.printf(Locale.ROOT, "complex FFT, 2048 points, %-19s %6.2f µs per transform (%.2f× JTransforms)%n", kernel,
						perTransform, jtransformsPerTransform / perTransform);
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
					+ "bandwidth bound %.3g cells/s (%d B/cell; goal ≥ %.0f%%)%n", threads, bandwidth / 1e9, achieved,
					100 * achieved / bound, bound, ExchangeKernelBenchmark.BYTES_PER_CELL, 100 * GOAL_OF_BANDWIDTH_BOUND);
		}
	}
}
