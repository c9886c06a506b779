package org.spintex.benchmarks;

import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link StackStepBenchmark} with the STREAM triad of the same run and prints magnetic cells × field evaluations
 * per second of a two-film stack next to the single film of the same size, and the memory bandwidth that bounds both.
 */
public final class StackBenchmarks {

	private StackBenchmarks() {
	}

	public static void main(String[] args) throws RunnerException {
		Options options = new OptionsBuilder().include(StackStepBenchmark.class.getSimpleName())
				.include(StreamTriadBenchmark.class.getSimpleName())
				.warmupIterations(5).warmupTime(TimeValue.seconds(2)).measurementIterations(5).measurementTime(TimeValue.seconds(2))
				.forks(1).jvmArgsAppend("-Xmx6g", "--add-modules", "jdk.incubator.vector").build();
		Map<String, Double> millis = Scores.byKey(new Runner(options).run());
		System.out.println();
		System.out.println("Magnetic cells × field evaluations per second (Heun step = 2 evaluations), 4 nm permalloy, n × n per film:");
		System.out.printf(Locale.ROOT, "%-5s %-8s %14s %14s %12s%n", "n", "threads", "one film", "two-film stack", "stack/film");
		for (int n : new int[] { 256, 512 }) {
			for (int threads : new int[] { 1, 2 }) {
				Double film = millis.get("step device=film n=" + n + " threads=" + threads);
				Double stack = millis.get("step device=stack n=" + n + " threads=" + threads);
				if (film == null || stack == null) {
					continue;
				}
				double filmRate = 2.0 * n * n / (film * 1e-3);
				double stackRate = 2.0 * 2 * n * n / (stack * 1e-3);
				System.out.printf(Locale.ROOT, "%-5d %-8d %14.3g %14.3g %12.2f%n", n, threads, filmRate, stackRate, stackRate / filmRate);
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
