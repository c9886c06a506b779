package org.spintex.engine.llg.term;

import static org.spintex.engine.llg.fft.BatchedFft.CHUNK;
import static org.spintex.engine.llg.fft.BatchedFft.LANES;

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
		this.kernel = new DemagKernel(magnet.mesh(), magnet.loops());
		PaddedFft fft = kernel.fft();
		this.spectra = new double[][] { fft.newSpectrum(), fft.newSpectrum(), fft.newSpectrum() };
	}

	@Override
	public String name() {
		return "demag";
	}

	@Override
	public void addField(double timeSecond, VectorField m, VectorField b) {
		Mesh mesh = magnet.mesh();
		int nx = mesh.nx(), ny = mesh.ny(), nz = mesh.nz();
		PaddedFft fft = kernel.fft();
		double[] ms = magnet.ms();
		double[][] components = { m.x, m.y, m.z };
		double[][] out = { b.x, b.y, b.z };
		for (int c = 0; c < 3; c++) {
			double[] mc = components[c];
			fft.forwardRows(ny, nz, (j, k, row) -> {
				int base = nx * (j + ny * k);
				for (int i = 0; i < nx; i++) {
					row[i] = ms[base + i] * mc[base + i];
				}
			}, spectra[c]);
		}
		fft.convolveColumns(ny, nz, spectra, this::multiply);
		for (int c = 0; c < 3; c++) {
			double[] bc = out[c];
			fft.inverseRows(spectra[c], ny, nz, (j, k, row) -> {
				int base = nx * (j + ny * k);
				for (int i = 0; i < nx; i++) {
					bc[base + i] += row[i];
				}
			});
		}
	}

	/** B̂ = −µ₀ N̂ M̂ for one block of x frequencies, every ky and kz, in place. */
	private void multiply(int block) {
		double[] kxx = kernel.spectrum(0), kyy = kernel.spectrum(1), kzz = kernel.spectrum(2), kxy = kernel.spectrum(3);
		double[] kxz = kernel.spectrum(4), kyz = kernel.spectrum(5);
		double[] sx = spectra[0], sy = spectra[1], sz = spectra[2];
		double mu0 = -PhysicalConstants.MU0;
		int chunks = kernel.fft().chunksPerBlock();
		for (int chunk = block * chunks; chunk < (block + 1) * chunks; chunk++) {
			for (int lane = 0; lane < LANES; lane++) {
				int t = chunk * LANES + lane;
				double nxx = kxx[t], nyy = kyy[t], nzz = kzz[t], nxy = kxy[t];
				double nxz = kxz == null ? 0 : kxz[t], nyz = kyz == null ? 0 : kyz[t];
				// the tensor is real: the same 3×3 product for the real and the imaginary parts
				for (int o = chunk * CHUNK + lane; o < (chunk + 1) * CHUNK; o += LANES) {
					double mx = sx[o], my = sy[o], mz = sz[o];
					sx[o] = mu0 * (nxx * mx + nxy * my + nxz * mz);
					sy[o] = mu0 * (nxy * mx + nyy * my + nyz * mz);
					sz[o] = mu0 * (nxz * mx + nyz * my + nzz * mz);
				}
			}
		}
	}

	@Override
	public double energyJoule(VectorField m, VectorField ownField) {
		return EnergyIntegral.ofDegree(2, magnet, m, ownField);
	}
}
