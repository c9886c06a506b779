package org.spintex.engine.llg.term;

import org.spintex.core.physics.PhysicalConstants;
import org.spintex.engine.llg.demag.DemagConvolution;
import org.spintex.engine.llg.demag.DemagKernel;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.input.Precision;

/**
 * Magnetostatic (demagnetising) field B = −µ₀ N ∗ M, the discrete convolution of the Newell tensor with
 * M = Ms m, computed by zero-padded FFTs ({@link DemagConvolution}) in double or single precision. E = −½ ∫ Ms m·B dV.
 */
public final class DemagField implements FieldTerm {

	private final Magnet magnet;
	private final DemagConvolution convolution;

	/** In the precision a study computes in when its file says nothing ({@link Precision#DEFAULT}). */
	public DemagField(Magnet magnet) {
		this(magnet, Precision.DEFAULT);
	}

	public DemagField(Magnet magnet, Precision precision) {
		this.magnet = magnet;
		this.convolution = new DemagKernel(magnet.mesh(), magnet.loops(), -PhysicalConstants.MU0).convolution(precision);
	}

	@Override
	public String name() {
		return "demag";
	}

	/** µ0 Ms: the demagnetising tensor's eigenvalues lie between 0 and 1 (its trace is 1 in every cell). */
	@Override
	public double precessionBoundTesla() {
		return PhysicalConstants.MU0 * magnet.largestMs();
	}

	@Override
	public void addField(double timeSecond, VectorField m, VectorField b) {
		convolve(m, b, true);
	}

	@Override
	public boolean writesEveryCell() {
		return true;
	}

	@Override
	public void writeField(double timeSecond, VectorField m, VectorField b) {
		convolve(m, b, false);
	}

	/** B = −µ₀ N ∗ (Ms m), added to b or written over it. */
	private void convolve(VectorField m, VectorField b, boolean add) {
		double uniformMs = magnet.uniformMs();
		convolution.convolve(new double[][] { m.x, m.y, m.z }, Double.isNaN(uniformMs) ? magnet.ms() : null, uniformMs,
				new double[][] { b.x, b.y, b.z }, add);
	}

	@Override
	public double energyJoule(VectorField m, VectorField ownField) {
		return EnergyIntegral.ofDegree(2, magnet, m, ownField);
	}
}
