package org.spintex.benchmarks;

import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link GridSizeBenchmark} on n × n × k cells (k = 1, 4, 16; 1 and 2 threads) with the STREAM triad of the same run and prints cells × field evaluations per second
 * of n × n × k films, and the ratio to the one-layer film of the same n and threads.
 */
public final class ThickFilmBenchmarks {

	private ThickFilmBenchmarks() {
	}

	public static void main(String[] args) throws RunnerException {
		Options options = new OptionsBuilder().include(GridSizeBenchmark.class.getSimpleName())
				.include(StreamTriadBenchmark.class.getSimpleName()).param("n", "128", "256").param("layers", "1", "4", "16")
				.param("threads", "1", "2")
				.warmupIterations(3).warmupTime(TimeValue.seconds(2)).measurementIterations(5).measurementTime(TimeValue.seconds(2))
				.forks(1).jvmArgsAppend("-Xmx8g", "--add-modules", "jdk.incubator.vector").build();
		Map<String, Double> millis = Scores.byKey(new Runner(options).run());
		System.out.println();
		System.out.println("Cells × field evaluations per second (Heun step = 2 evaluations), 4 nm permalloy, n × n × k:");
		System.out.printf(Locale.ROOT, "%-5s %-4s %-8s %10s %14s %14s%n", "n", "k", "threads", "padded z", "cells·evals/s",
				"vs k = 1");
		for (int n : new int[] { 128, 256 }) {
			for (int threads : new int[] { 1, 2 }) {
				Double thin = millis.get("step layers=1 n=" + n + " threads=" + threads);
				for (int k : new int[] { 1, 4, 16 }) {
					Double ms = millis.get("step layers=" + k + " n=" + n + " threads=" + threads);
					if (ms == null) {
						continue;
					}
					double rate = 2.0 * n * n * k / (ms * 1e-3);
					double thinRate = thin == null ? Double.NaN : 2.0 * n * n / (thin * 1e-3);
					System.out.printf(Locale.ROOT, "%-5d %-4d %-8d %10d %14.3g %14.2f%n", n, k, threads,
							org.spintex.engine.llg.demag.DemagKernel.padded(k), rate, rate / thinRate);
				}
			}
		}
		for (int threads : new int[] { 1, 2 }) {
			Double triad = millis.get("triad threads=" + threads);
			if (triad != null) {
				System.out.printf(Locale.ROOT, "%d thread(s): STREAM triad %.2f GB/s%n", threads,
						(double) StreamTriadBenchmark.ELEMENTS * StreamTriadBenchmark.BYTES_PER_ELEMENT / (triad * 1e-3) / 1e9);
			}
		}
	}
}
