package org.spintex.benchmarks;

import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the NEGF benchmarks with the memory-bandwidth baseline of the same run and prints the time per
 * energy point and per torque evaluation against N, with the time per site: constant per site is the
 * linear scaling of the recursive Green function.
 */
public final class ElectronTorqueBenchmarks {

	private ElectronTorqueBenchmarks() {
	}

	public static void main(String[] args) throws RunnerException {
		Options options = new OptionsBuilder().include(ElectronTorqueBenchmark.class.getSimpleName())
				.include(StreamTriadBenchmark.class.getSimpleName()).param("threads", "1")
				.warmupIterations(2).warmupTime(TimeValue.seconds(2)).measurementIterations(5)
				.measurementTime(TimeValue.seconds(2)).forks(1).jvmArgsAppend("-Xmx4g").build();
		Map<String, Double> millis = Scores.byKey(new Runner(options).run());
		System.out.println();
		System.out.printf(Locale.ROOT, "%-6s %16s %16s %18s %18s%n", "N", "energy point ms", "µs per site", "torque evaluation ms",
				"µs per site");
		for (String n : new String[] { "10", "100", "1000" }) {
			Double point = millis.get("energyPoint sites=" + n), full = millis.get("torqueEvaluation sites=" + n);
			if (point == null || full == null) {
				continue;
			}
			int sites = Integer.parseInt(n);
			System.out.printf(Locale.ROOT, "%-6s %16.4g %16.4g %18.4g %18.4g%n", n, point, 1e3 * point / sites, full,
					1e3 * full / sites);
		}
		Double triad = millis.get("triad threads=1");
		if (triad != null) {
			double bandwidth = StreamTriadBenchmark.BYTES_PER_ELEMENT * (double) StreamTriadBenchmark.ELEMENTS / (triad * 1e-3);
			System.out.printf(Locale.ROOT, "%nSTREAM triad, 1 thread: %.3g GB/s%n", bandwidth / 1e9);
		}
	}
}
