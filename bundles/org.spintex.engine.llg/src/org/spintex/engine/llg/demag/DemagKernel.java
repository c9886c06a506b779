package org.spintex.engine.llg.demag;

import static org.spintex.engine.llg.fft.BatchedFft.CHUNK;
import static org.spintex.engine.llg.fft.BatchedFft.LANES;

import org.spintex.core.parallel.CellLoops;
import org.spintex.engine.llg.fft.FftLengths;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.input.Precision;

/**
 * The Fourier transform of the demagnetising tensor on the zero-padded grid, ready to multiply the
 * transformed magnetization (and scaled so that the unnormalised inverse transform gives the convolution): the six components xx, yy, zz, xy, xz, yz. Each is real, because every
 * component has a definite parity along each axis (diagonals even, N_xy odd in x and y, …), so only
 * the real parts are kept. For a single layer the xz and yz components vanish and are not stored.
 * The tensor is always transformed in double; a {@link #convolution} in single precision rounds its spectra once.
 *
 * <p>Along an open axis the grid is zero-padded to at least twice its size ({@link #padded}), so that the
 * circular convolution is the linear one. Along a periodic axis it is not padded: the circular convolution is then the periodic
 * one, with the tensor summed over the images of each cell ({@link PeriodicImages}).
 */
public final class DemagKernel {

	private final int nx, ny, nz, px, py, pz;
	private final CellLoops loops;
	/**
	 * Real spectra times the factor and divided by px·py·pz: kx ≤ px/2, kz, and ky ≤ py/2 (the others follow from the
	 * y parity, K(py − ky) = ±K(ky)) at (kx·pz + kz)·hy + ky; null where the component vanishes identically.
	 */
	private final double[][] spectra = new double[6][];

	/** The tensor's spectra times {@code factor} (−µ₀ for the field B = −µ₀ N ∗ M). */
	public DemagKernel(Mesh mesh, CellLoops loops, double factor) {
		int nx = mesh.nx(), ny = mesh.ny(), nz = mesh.nz();
		int px = mesh.periodicX() ? nx : padded(nx), py = mesh.periodicY() ? ny : padded(ny), pz = padded(nz);
		PaddedFft fft = new PaddedFft(px, py, pz, loops);
		this.nx = nx;
		this.ny = ny;
		this.nz = nz;
		this.px = px;
		this.py = py;
		this.pz = pz;
		this.loops = loops;
		int hx = px / 2 + 1, hy = py / 2 + 1;
		double dx = mesh.cellXMetre(), dy = mesh.cellYMetre(), dz = mesh.cellZMetre();
		TensorSource tensor;
		if (mesh.periodicX() || mesh.periodicY()) {
			double sample = Math.max(nx * dx, Math.max(ny * dy, nz * dz));
			tensor = new PeriodicImages(dx, dy, dz, sample, mesh.periodicX() ? nx * dx : 0, mesh.periodicY() ? ny * dy : 0)::at;
		} else {
			tensor = new NewellTensor(dx, dy, dz)::at;
		}
		// one octant of the tensor, the rest follows by parity; a periodic axis needs displacements up to half its length
		int ox = mesh.periodicX() ? nx / 2 + 1 : nx, oy = mesh.periodicY() ? ny / 2 + 1 : ny;
		double[][] octant = new double[nx * ny * nz][];
		loops.forEachTask(oy * nz, 1, (first, end) -> {
			for (int r = first; r < end; r++) {
				int j = r % oy, k = r / oy;
				for (int i = 0; i < ox; i++) {
					octant[i + nx * (j + ny * k)] = tensor.at(i * dx, j * dy, k * dz);
				}
			}
		});
		int[][] parity = { { 1, 1, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, { -1, -1, 1 }, { -1, 1, -1 }, { 1, -1, -1 } };
		for (int component = 0; component < 6; component++) {
			if (nz == 1 && component >= 4) {
				continue;
			}
			int comp = component;
			double[] spectrum = fft.newSpectrum(py, pz);
			fft.forward((jp, kp, row) -> {
				int j = unwrap(jp, ny, py, mesh.periodicY()), k = unwrap(kp, nz, pz, false);
				if (j == Integer.MIN_VALUE || k == Integer.MIN_VALUE) {
					return;
				}
				for (int ip = 0; ip < px; ip++) {
					int i = unwrap(ip, nx, px, mesh.periodicX());
					if (i == Integer.MIN_VALUE) {
						continue;
					}
					double sign = (i < 0 ? parity[comp][0] : 1) * (j < 0 ? parity[comp][1] : 1) * (k < 0 ? parity[comp][2] : 1);
					row[ip] = sign * octant[Math.abs(i) + nx * (Math.abs(j) + ny * Math.abs(k))][comp];
				}
			}, spectrum);
			// the real parts, lane by lane, of the y frequencies up to py/2, divided by the cell count of
			// the padded grid that the unnormalised inverse transform multiplies by
			double norm = factor / ((double) px * py * pz);
			double[] real = new double[hx * pz * hy];
			for (int kx = 0; kx < hx; kx++) {
				for (int kz = 0; kz < pz; kz++) {
					for (int ky = 0; ky < hy; ky++) {
						real[(kx * pz + kz) * hy + ky] = norm * spectrum[(((kx / LANES) * pz + kz) * py + ky) * CHUNK + kx % LANES];
					}
				}
			}
			spectra[component] = real;
		}
	}

	/**
	 * Padded size of an open axis of n > 1 cells: any length ≥ 2n − 1 makes the circular convolution the linear one;
	 * of the even lengths from 2n to 4n whose prime factors are 2, 3, 5 and 7, the one the batched FFT transforms
	 * fastest ({@link FftLengths#cost}). A 127-cell axis is padded to 256, not to 254 = 2·127, whose factor 127 would
	 * take a plain 127-point DFT pass; 3 layers to 8, not 6.
	 */
	public static int padded(int n) {
		if (n == 1) {
			return 1;
		}
		int best = 2 * n;
		double bestCost = Double.POSITIVE_INFINITY;
		for (int length = 2 * n; length <= 4 * n; length += 2) {
			if (FftLengths.smooth(length)) {
				double cost = FftLengths.cost(length);
				if (cost < bestCost) {
					best = length;
					bestCost = cost;
				}
			}
		}
		return best;
	}

	/** The tensor components at a displacement, metres. */
	@FunctionalInterface
	private interface TensorSource {
		double[] at(double x, double y, double z);
	}

	/**
	 * The displacement index of padded position p, or MIN_VALUE where no pair of cells is that far
	 * apart; along a periodic axis, the nearest image's displacement.
	 */
	private static int unwrap(int p, int n, int padded, boolean periodic) {
		if (padded == 1) {
			return 0;
		}
		if (periodic) {
			return p <= n / 2 ? p : p - n;
		}
		if (p < n) {
			return p;
		}
		// between the largest positive and the largest negative displacement, no pair of cells is that far apart
		if (p <= padded - n) {
			return Integer.MIN_VALUE;
		}
		return p - padded;
	}

	/** The convolution with this tensor in {@code precision}, on the mesh it was built for. */
	public DemagConvolution convolution(Precision precision) {
		return switch (precision) {
		case DOUBLE -> new PaddedConvolution(nx, ny, nz, px, py, pz, loops, spectra);
		case SINGLE -> new FloatPaddedConvolution(nx, ny, nz, px, py, pz, loops, spectra);
		};
	}
}
