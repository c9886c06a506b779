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
		double[][] components = { m.x, m.y, m.z };
		double[][] out = { b.x, b.y, b.z };
		for (int c = 0; c < 3; c++) {
			double[] mc = components[c];
			fft.forwardRows(nx, ny, nz, (j, k, row) -> {
				int base = nx * (j + ny * k);
				for (int i = 0; i < nx; i++) {
					row[i] = ms[base + i] * mc[base + i];
				}
			}, spectra[c]);
		}
		fft.convolveColumns(ny, nz, spectra, this::multiply);
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

	/** B̂ = −µ₀ N̂ M̂ for one block of x frequencies, every ky and kz, in place in the column buffers (−µ₀ is in the kernel). */
	private void multiply(int block, double[][] columns) {
		double[] kxx = kernel.spectrum(0), kyy = kernel.spectrum(1), kzz = kernel.spectrum(2), kxy = kernel.spectrum(3);
		double[] kxz = kernel.spectrum(4), kyz = kernel.spectrum(5);
		double[] sx = columns[0], sy = columns[1], sz = columns[2];
		int chunks = kernel.fft().chunksPerBlock(), first = block * chunks * LANES;
		// the tensor is real: the same 3×3 product for the real and the imaginary parts of each lane
		for (int o = 0; o < chunks * CHUNK; o++) {
			int t = first + (o / CHUNK) * LANES + o % LANES;
			double mx = sx[o], my = sy[o], mz = sz[o];
			if (kxz == null) {
				// a single layer: N_xz = N_yz = 0, m_z decouples
				sx[o] = kxx[t] * mx + kxy[t] * my;
				sy[o] = kxy[t] * mx + kyy[t] * my;
				sz[o] = kzz[t] * mz;
			} else {
				sx[o] = kxx[t] * mx + kxy[t] * my + kxz[t] * mz;
				sy[o] = kxy[t] * mx + kyy[t] * my + kyz[t] * mz;
				sz[o] = kxz[t] * mx + kyz[t] * my + kzz[t] * mz;
			}
		}
	}

	@Override
	public double energyJoule(VectorField m, VectorField ownField) {
		return EnergyIntegral.ofDegree(2, magnet, m, ownField);
	}
}
