package org.spintex.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.jtransforms.fft.DoubleFFT_1D;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.spintex.engine.llg.fft.BatchedFft;
import org.spintex.engine.llg.fft.Butterflies;
import org.spintex.engine.llg.fft.FloatBatchedFft;
import org.spintex.engine.llg.fft.FloatButterflies;
import org.spintex.engine.llg.fft.ScalarButterflies;

/**
 * {@link BatchedFft#LANES} complex transforms of length n, forward then inverse — the y transforms of
 * the demag convolution at 1024² cells — by the batched FFT (scalar and SIMD kernels) and, one
 * sequence at a time, by JTransforms.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FftBenchmark {

	/** batched-simd-single: the single-precision transform, {@link FloatBatchedFft#LANES} sequences at once. */
	@Param({ "batched-simd", "batched-simd-single", "batched-scalar", "jtransforms" })
	public String kernel;

	@Param({ "2048" })
	public int n;

	private BatchedFft batched;
	private FloatBatchedFft batchedSingle;
	private float[] floats;
	private float[] floatWork;
	private DoubleFFT_1D single;
	private double[] data;
	private double[] work;
	private double[][] sequences;

	@Setup
	public void setUp() {
		Random random = new Random(1);
		data = new double[n * BatchedFft.CHUNK];
		work = new double[data.length];
		for (int i = 0; i < data.length; i++) {
			data[i] = random.nextGaussian();
		}
		sequences = new double[BatchedFft.LANES][2 * n];
		for (double[] s : sequences) {
			for (int i = 0; i < s.length; i++) {
				s[i] = random.nextGaussian();
			}
		}
		switch (kernel) {
		case "batched-simd" -> batched = new BatchedFft(n, Butterflies.fastest());
		case "batched-scalar" -> batched = new BatchedFft(n, new ScalarButterflies());
		case "batched-simd-single" -> {
			batchedSingle = new FloatBatchedFft(n, FloatButterflies.fastest());
			floats = new float[n * FloatBatchedFft.CHUNK];
			floatWork = new float[floats.length];
			for (int i = 0; i < floats.length; i++) {
				floats[i] = (float) random.nextGaussian();
			}
		}
		default -> single = new DoubleFFT_1D(n);
		}
	}

	@Benchmark
	public double forwardAndInverse() {
		// inverse∘forward multiplies by n; both kernels scale back, so the data stays the same numbers
		// (left to grow, they would overflow within a few hundred calls and the timing would be of infinities)
		if (batchedSingle != null) {
			batchedSingle.transform(floats, 0, 1, floatWork, 0, false);
			batchedSingle.transform(floats, 0, 1, floatWork, 0, true);
			float scale = 1f / n;
			for (int i = 0; i < floats.length; i++) {
				floats[i] *= scale;
			}
			return floats[0];
		}
		if (batched != null) {
			batched.transform(data, 0, 1, work, 0, false);
			batched.transform(data, 0, 1, work, 0, true);
			double scale = 1.0 / n;
			for (int i = 0; i < data.length; i++) {
				data[i] *= scale;
			}
			return data[0];
		}
		for (double[] s : sequences) {
			single.complexForward(s);
			single.complexInverse(s, true);
		}
		return sequences[0][0];
	}
}
