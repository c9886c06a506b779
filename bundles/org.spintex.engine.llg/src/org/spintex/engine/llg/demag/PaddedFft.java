package org.spintex.engine.llg.demag;

import org.jtransforms.fft.DoubleFFT_1D;
import org.spintex.core.parallel.CellLoops;

/**
 * The real-to-complex 3D FFT of a zero-padded grid, done as 1D transforms (JTransforms) along x
 * (real, half spectrum), y and z (complex), skipping the rows that padding makes zero on the way in
 * and the rows nobody reads on the way out — the pruning that makes demag convolutions cheap.
 *
 * <p>Spectrum layout: complex interleaved, index 2·((kx·pz + kz)·py + ky), so the y transforms run on
 * contiguous memory. Any sizes work; a periodic axis is not padded, so its size is the mesh's.
 */
public final class PaddedFft {

	/** Supplies the real values of one grid row (j, k) of length ≤ px into {@code row}; the rest stays 0. */
	@FunctionalInterface
	public interface RowSource {
		void fill(int j, int k, double[] row);
	}

	/** Receives one real grid row (j, k) of the inverse transform; only the first nx values are meaningful. */
	@FunctionalInterface
	public interface RowSink {
		void take(int j, int k, double[] row);
	}

	/** Rows transformed together, so that the transpose to the y-contiguous layout writes runs, not strides. */
	private static final int ROW_BLOCK = 16;
	/** Values a parallel task should at least transform: below this, handing work to threads costs more than it saves. */
	private static final int MIN_TASK_VALUES = 1 << 16;

	private final int px, py, pz;
	private final int hx;
	private final DoubleFFT_1D fftX;
	private final DoubleFFT_1D fftY;
	private final DoubleFFT_1D fftZ;
	private final CellLoops loops;
	/** Row blocks per worker thread, reused: a field evaluation allocates nothing. */
	private final ThreadLocal<double[][]> rowBuffers;

	public PaddedFft(int px, int py, int pz, CellLoops loops) {
		this.px = px;
		this.py = py;
		this.pz = pz;
		this.hx = px / 2 + 1;
		this.fftX = px > 1 ? new DoubleFFT_1D(px) : null;
		this.fftY = py > 1 ? new DoubleFFT_1D(py) : null;
		this.fftZ = pz > 1 ? new DoubleFFT_1D(pz) : null;
		this.loops = loops;
		this.rowBuffers = ThreadLocal.withInitial(() -> new double[ROW_BLOCK][Math.max(px, 2)]);
	}

	private int rowGrain() {
		return Math.max(1, MIN_TASK_VALUES / (ROW_BLOCK * Math.max(px, 2)));
	}

	private int columnGrain() {
		return Math.max(1, MIN_TASK_VALUES / (py * pz));
	}

	/** Number of complex values in a spectrum. */
	public int spectrumSize() {
		return hx * pz * py;
	}

	public int py() {
		return py;
	}

	public int pz() {
		return pz;
	}

	public double[] newSpectrum() {
		return new double[2 * spectrumSize()];
	}

	/** Operates on the spectra at one x frequency, between the forward and inverse column transforms. */
	@FunctionalInterface
	public interface ColumnOperation {
		void apply(int kx);
	}

	/** Forward transform of the rows j < ny, k < nz given by {@code source} (all other rows are zero). */
	public void forward(int ny, int nz, RowSource source, double[] spectrum) {
		forwardRows(ny, nz, source, spectrum);
		loops.forEachTask(hx, columnGrain(), (first, end) -> {
			for (int kx = first; kx < end; kx++) {
				forwardColumns(spectrum, kx, ny, nz);
			}
		});
	}

	/**
	 * The convolution pass: for each x frequency, the y (and z) transforms of every spectrum, then
	 * {@code operation}, then the inverse y (and z) transforms — while that column block is in cache,
	 * instead of three sweeps over the whole spectra.
	 */
	public void convolveColumns(int ny, int nz, double[][] spectra, ColumnOperation operation) {
		loops.forEachTask(hx, columnGrain(), (first, end) -> {
			for (int kx = first; kx < end; kx++) {
				for (double[] spectrum : spectra) {
					forwardColumns(spectrum, kx, ny, nz);
				}
				operation.apply(kx);
				for (double[] spectrum : spectra) {
					inverseColumns(spectrum, kx, nz);
				}
			}
		});
	}

	/** The x transforms of the rows j < ny, k < nz, written into the y-contiguous layout. */
	public void forwardRows(int ny, int nz, RowSource source, double[] spectrum) {
		// rows go in blocks of consecutive j so that the transposing writes are runs of ROW_BLOCK values, not strides
		int blocksPerLayer = (ny + ROW_BLOCK - 1) / ROW_BLOCK;
		loops.forEachTask(blocksPerLayer * nz, rowGrain(), (first, end) -> {
			double[][] rows = rowBuffers.get();
			for (int block = first; block < end; block++) {
				int k = block / blocksPerLayer, j0 = (block % blocksPerLayer) * ROW_BLOCK, count = Math.min(ROW_BLOCK, ny - j0);
				for (int b = 0; b < count; b++) {
					double[] row = rows[b];
					java.util.Arrays.fill(row, 0);
					source.fill(j0 + b, k, row);
					if (fftX != null) {
						fftX.realForward(row);
					}
				}
				for (int kx = 0; kx < hx; kx++) {
					int o = 2 * ((kx * pz + k) * py + j0);
					for (int b = 0; b < count; b++) {
						spectrum[o + 2 * b] = re(rows[b], kx);
						spectrum[o + 2 * b + 1] = im(rows[b], kx);
					}
				}
			}
		});
	}

	/** Zeroes what padding leaves empty at frequency kx, then transforms along y and z. */
	private void forwardColumns(double[] spectrum, int kx, int ny, int nz) {
		for (int kz = 0; kz < pz; kz++) {
			int o = 2 * ((kx * pz + kz) * py);
			int from = kz < nz ? o + 2 * ny : o;
			java.util.Arrays.fill(spectrum, from, o + 2 * py, 0);
			if (fftY != null && kz < nz) {
				fftY.complexForward(spectrum, o);
			}
		}
		if (fftZ != null) {
			transformZ(spectrum, kx, true);
		}
	}

	/** Inverse z and y transforms at frequency kx, the latter only for the layers k < nz that are read. */
	private void inverseColumns(double[] spectrum, int kx, int nz) {
		if (fftZ != null) {
			transformZ(spectrum, kx, false);
		}
		if (fftY != null) {
			for (int k = 0; k < nz; k++) {
				fftY.complexInverse(spectrum, 2 * ((kx * pz + k) * py), true);
			}
		}
	}

	/** The inverse x transforms after {@link #convolveColumns}: hands {@code sink} the real rows j < ny, k < nz. */
	public void inverseRows(double[] spectrum, int ny, int nz, RowSink sink) {
		int blocksPerLayer = (ny + ROW_BLOCK - 1) / ROW_BLOCK;
		loops.forEachTask(blocksPerLayer * nz, rowGrain(), (first, end) -> {
			double[][] rows = rowBuffers.get();
			for (int block = first; block < end; block++) {
				int k = block / blocksPerLayer, j0 = (block % blocksPerLayer) * ROW_BLOCK, count = Math.min(ROW_BLOCK, ny - j0);
				for (int kx = 0; kx < hx; kx++) {
					int o = 2 * ((kx * pz + k) * py + j0);
					for (int b = 0; b < count; b++) {
						pack(rows[b], kx, spectrum[o + 2 * b], spectrum[o + 2 * b + 1]);
					}
				}
				for (int b = 0; b < count; b++) {
					if (fftX != null) {
						fftX.realInverse(rows[b], true);
					}
					sink.take(j0 + b, k, rows[b]);
				}
			}
		});
	}

	private void transformZ(double[] spectrum, int kx, boolean forward) {
		double[] column = new double[2 * pz];
		int stride = 2 * py;
		for (int ky = 0; ky < py; ky++) {
			int o = 2 * (kx * pz * py + ky);
			for (int kz = 0; kz < pz; kz++) {
				column[2 * kz] = spectrum[o + kz * stride];
				column[2 * kz + 1] = spectrum[o + kz * stride + 1];
			}
			if (forward) {
				fftZ.complexForward(column);
			} else {
				fftZ.complexInverse(column, true);
			}
			for (int kz = 0; kz < pz; kz++) {
				spectrum[o + kz * stride] = column[2 * kz];
				spectrum[o + kz * stride + 1] = column[2 * kz + 1];
			}
		}
	}

	/*
	 * JTransforms' packed real-forward layout: a[0] = Re 0; for even px a[1] = Re px/2, for odd px
	 * a[1] = Im (px−1)/2 and a[px−1] = Re (px−1)/2; otherwise a[2k] = Re k, a[2k+1] = Im k.
	 */

	private double re(double[] packed, int kx) {
		if (px == 1 || kx == 0) {
			return packed[0];
		}
		if (2 * kx == px) {
			return packed[1];
		}
		if (2 * kx == px - 1) {
			return packed[px - 1];
		}
		return packed[2 * kx];
	}

	private double im(double[] packed, int kx) {
		if (px == 1 || kx == 0 || 2 * kx == px) {
			return 0;
		}
		if (2 * kx == px - 1) {
			return packed[1];
		}
		return packed[2 * kx + 1];
	}

	private void pack(double[] packed, int kx, double re, double im) {
		if (px == 1 || kx == 0) {
			packed[0] = re;
		} else if (2 * kx == px) {
			packed[1] = re;
		} else if (2 * kx == px - 1) {
			packed[px - 1] = re;
			packed[1] = im;
		} else {
			packed[2 * kx] = re;
			packed[2 * kx + 1] = im;
		}
	}
}
