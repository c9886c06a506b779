package org.spintex.engine.llg.fft;

/**
 * The radix-2, 3, 4 and 5 passes of {@link BatchedFft}, the inner loops where nearly all of its time
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

	/**
	 * One radix-3 Stockham pass with twiddles w_q^k = (tw[4q+2k−2], tw[4q+2k−1]), k = 1, 2: with t = x₁ + x₂,
	 * h = x₀ − t/2 and v = i·sine·(x₁ − x₂), y₀ = x₀ + t, y₁ = w_q (h + v), y₂ = w_q² (h − v); {@code sine} is
	 * −sin(2π/3) forward, +sin(2π/3) inverse (the 3-point DFT, e.g. Nussbaumer, <i>Fast Fourier Transform and
	 * Convolution Algorithms</i>, 1982, §5.5).
	 */
	void radix3(double[] x, int xOff, double[] y, int yOff, int m, int run, double[] tw, double sine);

	/**
	 * One radix-5 Stockham pass with twiddles w_q^k = (tw[8q+2k−2], tw[8q+2k−1]), k = 1 … 4. With a₁ = x₁ + x₄,
	 * b₁ = x₁ − x₄, a₂ = x₂ + x₃, b₂ = x₂ − x₃: y₀ = x₀ + a₁ + a₂; t₁ = x₀ + c₁a₁ + c₂a₂, t₂ = x₀ + c₂a₁ + c₁a₂;
	 * u₁ = s₁b₁ + s₂b₂, u₂ = s₂b₁ − s₁b₂; y₁ = w(t₁ + iu₁), y₄ = w⁴(t₁ − iu₁), y₂ = w²(t₂ + iu₂), y₃ = w³(t₂ − iu₂),
	 * c_k = cos(2πk/5) and s_k = ∓sin(2πk/5) (− forward). Each output is the 5-point DFT with ω^{4k} = conj(ω^k).
	 */
	void radix5(double[] x, int xOff, double[] y, int yOff, int m, int run, double[] tw, double s1, double s2);

	/** cos(2π/5) and cos(4π/5), the radix-5 kernel's real constants. */
	double COS_2PI_5 = Math.cos(2 * Math.PI / 5);
	double COS_4PI_5 = Math.cos(4 * Math.PI / 5);

	/** The SIMD kernels where the JVM offers them, else the scalar ones. */
	static Butterflies fastest() {
		return VectorSupportProbe.VECTOR_AVAILABLE ? VectorSupportProbe.vector() : new ScalarButterflies();
	}
}
