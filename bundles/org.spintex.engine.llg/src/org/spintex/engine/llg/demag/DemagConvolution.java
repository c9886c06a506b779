package org.spintex.engine.llg.demag;

/**
 * The magnetostatic convolution B = f·N ∗ (Ms m) on one mesh, in one precision ({@link PaddedConvolution} in double,
 * {@link FloatPaddedConvolution} in single), built by {@link DemagKernel#convolution}. The magnetization comes in and
 * the field goes out in double either way; single precision stores and transforms the spectra in float.
 */
public interface DemagConvolution {

	/**
	 * The field of the magnetization {@code m} (three component arrays over the mesh's cells) times Ms: per cell
	 * {@code ms[cell]}, or {@code uniformMs} everywhere when {@code ms} is null. Written over {@code field}'s
	 * components, or added to them when {@code add}.
	 */
	void convolve(double[][] m, double[] ms, double uniformMs, double[][] field, boolean add);
}
