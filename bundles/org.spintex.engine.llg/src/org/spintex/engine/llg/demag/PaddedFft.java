package org.spintex.engine.llg.demag;

import static org.spintex.engine.llg.fft.BatchedFft.CHUNK;
import static org.spintex.engine.llg.fft.BatchedFft.LANES;

import java.util.Arrays;

import org.spintex.core.parallel.CellLoops;
import org.spintex.engine.llg.fft.BatchedFft;
import org.spintex.engine.llg.fft.Butterflies;

/**
 * The real-to-complex 3D FFT of a zero-padded grid, as batched 1D transforms ({@link BatchedFft}):
 * along x two real rows at a time packed as one complex row (Press et al., <i>Numerical Recipes</i>
 * §12.3), then along y and z; rows that padding makes zero are skipped on the way in, rows nobody
 * reads on the way out — the pruning that makes demag convolutions cheap.
 *
 * <p>Spectrum layout: the x frequencies 0 … px/2 go in blocks of {@link BatchedFft#LANES}; block b
 * holds the elements (kz, ky) at chunk (b·pz + kz)·py + ky, each chunk the real parts of its LANES
 * frequencies followed by their imaginary parts. So the y and z transforms of a block run on
 * contiguous memory, LANES columns at once. Any sizes work; a periodic axis is not padded.
 * Transforms are unnormalised: the inverse of the forward transform is px·py·pz times the input.
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

	/** Operates on the spectra of one block of x frequencies, between the forward and inverse column transforms. */
	@FunctionalInterface
	public interface BlockOperation {
		void apply(int block);
	}

	/** Rows packed into one batched x transform: LANES as real parts, LANES as imaginary parts. */
	private static final int ROWS_PER_GROUP = 2 * LANES;

	private final int px, py, pz;
	private final int hx;
	private final int blocks;
	private final BatchedFft fftX, fftY, fftZ;
	private final CellLoops loops;
	/** Per worker thread, reused: a field evaluation allocates nothing. */
	private final ThreadLocal<Scratch> scratch;

	/** Offset of x frequency kx in a spectrum: its block's start plus its lane. */
	private final int[] frequencyOffset;

	private final class Scratch {
		final double[] rows = new double[px * CHUNK];
		final double[] work = new double[Math.max(px, py * pz) * CHUNK];
		final double[] row = new double[px];
		/** Offset of each packed row (j, k) in a spectrum, −1 past the last row. */
		final int[] rowOffset = new int[ROWS_PER_GROUP];
	}

	public PaddedFft(int px, int py, int pz, CellLoops loops) {
		this(px, py, pz, loops, Butterflies.fastest());
	}

	/** With the given kernels: {@link org.spintex.engine.llg.fft.ScalarButterflies} to compare, else the fastest. */
	public PaddedFft(int px, int py, int pz, CellLoops loops, Butterflies butterflies) {
		this.px = px;
		this.py = py;
		this.pz = pz;
		this.hx = px / 2 + 1;
		this.blocks = (hx + LANES - 1) / LANES;
		this.fftX = new BatchedFft(px, butterflies);
		this.fftY = new BatchedFft(py, butterflies);
		this.fftZ = new BatchedFft(pz, butterflies);
		this.loops = loops;
		this.scratch = ThreadLocal.withInitial(Scratch::new);
		this.frequencyOffset = new int[hx];
		for (int kx = 0; kx < hx; kx++) {
			frequencyOffset[kx] = (kx / LANES) * pz * py * CHUNK + kx % LANES;
		}
	}

	public int px() {
		return px;
	}

	public int py() {
		return py;
	}

	public int pz() {
		return pz;
	}

	/** Blocks of LANES x frequencies. */
	public int blockCount() {
		return blocks;
	}

	/** Chunks (elements of LANES complex values) in one block: py·pz. */
	public int chunksPerBlock() {
		return py * pz;
	}

	public double[] newSpectrum() {
		return new double[blocks * py * pz * CHUNK];
	}

	/** Forward transform of the rows j < ny, k < nz given by {@code source} (all other rows are zero). */
	public void forward(int ny, int nz, RowSource source, double[] spectrum) {
		forwardRows(ny, nz, source, spectrum);
		double[][] one = { spectrum };
		loops.forEachTask(blocks, 1, (first, end) -> {
			double[] work = scratch.get().work;
			for (int block = first; block < end; block++) {
				forwardColumns(one, block, ny, nz, work);
			}
		});
	}

	/**
	 * The convolution pass: for each block of x frequencies, the y (and z) transforms of every
	 * spectrum, then {@code operation}, then the inverse z and y transforms — while the block is in
	 * cache, instead of three sweeps over the whole spectra.
	 */
	public void convolveColumns(int ny, int nz, double[][] spectra, BlockOperation operation) {
		loops.forEachTask(blocks, 1, (first, end) -> {
			double[] work = scratch.get().work;
			for (int block = first; block < end; block++) {
				forwardColumns(spectra, block, ny, nz, work);
				operation.apply(block);
				inverseColumns(spectra, block, nz, work);
			}
		});
	}

	/** Zeroes what padding leaves empty in a block, then transforms along y (the layers k < nz) and z. */
	private void forwardColumns(double[][] spectra, int block, int ny, int nz, double[] work) {
		for (double[] spectrum : spectra) {
			int base = block * pz * py * CHUNK;
			for (int kz = 0; kz < pz; kz++) {
				int layer = base + kz * py * CHUNK;
				if (kz < nz) {
					Arrays.fill(spectrum, layer + ny * CHUNK, layer + py * CHUNK, 0);
					fftY.transform(spectrum, layer, 1, work, 0, false);
				} else {
					Arrays.fill(spectrum, layer, layer + py * CHUNK, 0);
				}
			}
			if (pz > 1) {
				fftZ.transform(spectrum, base, py, work, 0, false);
			}
		}
	}

	/** Inverse z and y transforms of a block, the latter only for the layers k < nz that are read. */
	private void inverseColumns(double[][] spectra, int block, int nz, double[] work) {
		for (double[] spectrum : spectra) {
			int base = block * pz * py * CHUNK;
			if (pz > 1) {
				fftZ.transform(spectrum, base, py, work, 0, true);
			}
			for (int kz = 0; kz < nz; kz++) {
				fftY.transform(spectrum, base + kz * py * CHUNK, 1, work, 0, true);
			}
		}
	}

	/** The x transforms of the rows j < ny, k < nz, written into the blocked layout. */
	public void forwardRows(int ny, int nz, RowSource source, double[] spectrum) {
		forEachRowGroup(ny, nz, (s, r0, count) -> {
			Arrays.fill(s.rows, 0);
			for (int b = 0; b < count; b++) {
				Arrays.fill(s.row, 0);
				source.fill((r0 + b) % ny, (r0 + b) / ny, s.row);
				for (int i = 0; i < px; i++) {
					s.rows[i * CHUNK + b] = s.row[i];
				}
			}
			fftX.transform(s.rows, 0, 1, s.work, 0, false);
			unpackHalfSpectra(s.rows, s.rowOffset, spectrum);
		});
	}

	/** What is done to one group of 2·LANES rows (fewer in the last group), r0 the first. */
	@FunctionalInterface
	private interface RowGroup {
		void process(Scratch scratch, int r0, int count);
	}

	/** Runs {@code group} over the rows (j, k), j < ny, k < nz, in parallel groups, their offsets located. */
	private void forEachRowGroup(int ny, int nz, RowGroup group) {
		int rows = ny * nz;
		int groups = (rows + ROWS_PER_GROUP - 1) / ROWS_PER_GROUP;
		loops.forEachTask(groups, 1, (first, end) -> {
			Scratch s = scratch.get();
			for (int g = first; g < end; g++) {
				int r0 = g * ROWS_PER_GROUP;
				locateRows(s.rowOffset, r0, rows, ny);
				group.process(s, r0, Math.min(ROWS_PER_GROUP, rows - r0));
			}
		});
	}

	/**
	 * Splits the transform Z of the packed rows a + i·b into theirs: A_k = (Z_k + Z*_{−k})/2,
	 * B_k = (Z_k − Z*_{−k})/(2i), for k ≤ px/2 (the rest is their complex conjugate).
	 */
	private void unpackHalfSpectra(double[] z, int[] rowOffset, double[] spectrum) {
		for (int kx = 0; kx < hx; kx++) {
			int k = kx * CHUNK, minus = ((px - kx) % px) * CHUNK, frequency = frequencyOffset[kx];
			for (int lane = 0; lane < LANES; lane++) {
				double zr = z[k + lane], zi = z[k + LANES + lane], mr = z[minus + lane], mi = z[minus + LANES + lane];
				int a = rowOffset[lane], b = rowOffset[LANES + lane];
				if (a >= 0) {
					spectrum[frequency + a] = 0.5 * (zr + mr);
					spectrum[frequency + a + LANES] = 0.5 * (zi - mi);
				}
				if (b >= 0) {
					spectrum[frequency + b] = 0.5 * (zi + mi);
					spectrum[frequency + b + LANES] = 0.5 * (mr - zr);
				}
			}
		}
	}

	/** The spectrum offsets of the rows r0 … r0 + 2·LANES − 1 (row r is (j, k) = (r mod ny, r / ny)), −1 past the last. */
	private void locateRows(int[] rowOffset, int r0, int rows, int ny) {
		for (int b = 0; b < ROWS_PER_GROUP; b++) {
			int r = r0 + b;
			rowOffset[b] = r < rows ? ((r / ny) * py + r % ny) * CHUNK : -1;
		}
	}

	/** The inverse x transforms after {@link #convolveColumns}: hands {@code sink} the real rows j < ny, k < nz. */
	public void inverseRows(double[] spectrum, int ny, int nz, RowSink sink) {
		forEachRowGroup(ny, nz, (s, r0, count) -> {
			packFullSpectra(spectrum, s.rowOffset, s.rows);
			fftX.transform(s.rows, 0, 1, s.work, 0, true);
			for (int b = 0; b < count; b++) {
				for (int i = 0; i < px; i++) {
					s.row[i] = s.rows[i * CHUNK + b];
				}
				sink.take((r0 + b) % ny, (r0 + b) / ny, s.row);
			}
		});
	}

	/** Z_k = A_k + i·B_k for all k < px, from the half spectra of rows a and b (A_{px−k} = A*_k). */
	private void packFullSpectra(double[] spectrum, int[] rowOffset, double[] z) {
		for (int kx = 0; kx < px; kx++) {
			boolean stored = kx < hx;
			int frequency = frequencyOffset[stored ? kx : px - kx];
			double conj = stored ? 1 : -1;
			int k = kx * CHUNK;
			for (int lane = 0; lane < LANES; lane++) {
				int a = rowOffset[lane], b = rowOffset[LANES + lane];
				double ar = 0, ai = 0, br = 0, bi = 0;
				if (a >= 0) {
					ar = spectrum[frequency + a];
					ai = conj * spectrum[frequency + a + LANES];
				}
				if (b >= 0) {
					br = spectrum[frequency + b];
					bi = conj * spectrum[frequency + b + LANES];
				}
				z[k + lane] = ar - bi;
				z[k + LANES + lane] = ai + br;
			}
		}
	}
}
