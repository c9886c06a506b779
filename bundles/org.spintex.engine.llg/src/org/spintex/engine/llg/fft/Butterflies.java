package org.spintex.engine.llg.fft;

/**
 * The radix-2 and radix-4 passes of {@link BatchedFft}, the inner loops where nearly all of its time
 * goes. Two implementations give bit-identical results: {@link ScalarButterflies}, plain Java, and
 * {@link VectorButterflies}, the same operations in the same order on SIMD registers (Java's Vector
 * API), used when the JVM was started with {@code --add-modules jdk.incubator.vector}.
 *
 * <p>Data layout (see {@link BatchedFft}): a pass reads {@code 2·LANES}-double chunks, the real parts of
 * {@link BatchedFft#LANES} independent sequences followed by their imaginary parts. Element e of
 * sub-transform group q is the run of {@code run} chunks at chunk (q + e·m)·run (Stockham, input
 * side); it is written to chunk (p·q + e)·run on the output side, p the radix.
 */
public interface Butterflies {

	/**
	 * One radix-2 Stockham pass: for each q < m, y₀ = x₀ + x₁ and y₁ = w_q (x₀ − x₁), with the
	 * twiddle w_q = (tw[2q], tw[2q+1]). With {@code upperHalfZero} (the first pass over a zero-padded
	 * sequence) x₁ = 0 is not read.
	 */
	void radix2(double[] x, int xOff, double[] y, int yOff, int m, int run, double[] tw, boolean upperHalfZero);

	/**
	 * One radix-4 Stockham pass with twiddles w_q^k = (tw[6q+2k−2], tw[6q+2k−1]), k = 1, 2, 3;
	 * {@code rotation} is −1 for the forward transform (the 4-point kernel's −i) and +1 for the inverse.
	 * With {@code upperHalfZero} x₂ = x₃ = 0 are not read.
	 */
	void radix4(double[] x, int xOff, double[] y, int yOff, int m, int run, double[] tw, double rotation, boolean upperHalfZero);

	/**
	 * The last radix-4 pass (m = 1, all twiddles 1) computing only the first half of the outputs,
	 * y₀ = x₀ + x₁ + x₂ + x₃ and y₁ = x₀ − x₂ ∓ i(x₁ − x₃): the inverse transform of a padded grid is
	 * only read where the grid is.
	 */
	void radix4FirstHalfOutput(double[] x, int xOff, double[] y, int yOff, int run, double rotation);

	/** The last radix-2 pass computing only y₀ = x₀ + x₁. */
	void radix2FirstHalfOutput(double[] x, int xOff, double[] y, int yOff, int run);

	/** The SIMD kernels where the JVM offers them, else the scalar ones. */
	static Butterflies fastest() {
		return VectorSupportProbe.VECTOR_AVAILABLE ? VectorSupportProbe.vector() : new ScalarButterflies();
	}
}
