package org.spintex.engine.llg.term;

import org.spintex.core.physics.PhysicalConstants;
import org.spintex.engine.llg.demag.DemagKernel;
import org.spintex.engine.llg.demag.PaddedFft;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;

/**
 * Magnetostatic (demagnetising) field B = −µ₀ N ∗ M, the discrete convolution of the Newell tensor with
 * M = Ms m, computed by zero-padded FFTs. E = −½ ∫ Ms m·B dV.
 */
public final class DemagField implements FieldTerm {

	private final Magnet magnet;
	private final DemagKernel kernel;
	private final double[][] spectra;

	public DemagField(Magnet magnet) {
		this.magnet = magnet;
		this.kernel = new DemagKernel(magnet.mesh(), magnet.loops(), -PhysicalConstants.MU0);
		PaddedFft fft = kernel.fft();
		Mesh mesh = magnet.mesh();
		this.spectra = new double[3][];
		for (int c = 0; c < 3; c++) {
			spectra[c] = fft.newSpectrum(mesh.ny(), mesh.nz());
		}
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
		Mesh mesh = magnet.mesh();
		int nx = mesh.nx(), ny = mesh.ny(), nz = mesh.nz();
		PaddedFft fft = kernel.fft();
		double[] ms = magnet.ms();
		double uniformMs = magnet.uniformMs();
		boolean uniform = !Double.isNaN(uniformMs);
		double[][] components = { m.x, m.y, m.z };
		double[][] out = { b.x, b.y, b.z };
		for (int c = 0; c < 3; c++) {
			double[] mc = components[c];
			fft.forwardRows(nx, ny, nz, (j, k, row) -> {
				int base = nx * (j + ny * k);
				if (uniform) {
					// the same products as below, without streaming Ms from memory three times per evaluation
					for (int i = 0; i < nx; i++) {
						row[i] = uniformMs * mc[base + i];
					}
				} else {
					for (int i = 0; i < nx; i++) {
						row[i] = ms[base + i] * mc[base + i];
					}
				}
			}, spectra[c]);
		}
		fft.convolveColumns(ny, nz, spectra, kernel::apply);
		for (int c = 0; c < 3; c++) {
			double[] bc = out[c];
			fft.inverseRows(spectra[c], nx, ny, nz, (j, k, row) -> {
				int base = nx * (j + ny * k);
				if (add) {
					for (int i = 0; i < nx; i++) {
						bc[base + i] += row[i];
					}
				} else {
					System.arraycopy(row, 0, bc, base, nx);
				}
			});
		}
	}

	@Override
	public double energyJoule(VectorField m, VectorField ownField) {
		return EnergyIntegral.ofDegree(2, magnet, m, ownField);
	}
}
