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
 * §12.3), then along y and z; rows that padding makes zero are never stored nor read on the way in,
 * rows nobody reads are not computed on the way out — the pruning that makes demag convolutions cheap.
 *
 * <p>Spectrum layout: the x frequencies 0 … px/2 go in blocks of {@link BatchedFft#LANES}; block b
 * holds the rows (j, k) at chunk (b·rowsZ + k)·rowsY + j, each chunk the real parts of its LANES
 * frequencies followed by their imaginary parts. A convolution's spectra hold only the rows of the
 * grid (rowsY = ny, rowsZ = nz): the y and z transforms of a block are done in per-thread column
 * buffers of the full padded size, LANES columns at once, and the operation between the forward and
 * inverse transforms sees those buffers. A kernel's spectrum ({@link #forward}) holds every padded
 * row, in the column buffers' layout. Any sizes work; a periodic axis is not padded. Transforms are
 * unnormalised: the inverse of the forward transform is px·py·pz times the input.
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

	/**
	 * Operates on one block of x frequencies between the forward and inverse column transforms:
	 * {@code columns[s]} holds spectrum s's py·pz chunks, at chunk kz·py + ky.
	 */
	@FunctionalInterface
	public interface BlockOperation {
		void apply(int block, double[][] columns);
	}

	/** Rows packed into one batched x transform: LANES as real parts, LANES as imaginary parts. */
	private static final int ROWS_PER_GROUP = 2 * LANES;
	/**
	 * Doubles a parallel task should at least transform: below this, handing work to another thread
	 * costs more than it saves (a 128 × 32 film on 2 threads ran at half the speed of 1 thread without it).
	 */
	private static final int MIN_TASK_DOUBLES = 1 << 16;

	private final int px, py, pz;
	private final int hx;
	private final int blocks;
	private final BatchedFft fftX, fftY, fftZ;
	private final CellLoops loops;
	/** Per worker thread, reused: a field evaluation allocates nothing. */
	private final ThreadLocal<Scratch> scratch;

	private final class Scratch {
		final double[] rows = new double[px * CHUNK];
		/** The grid's half of a padded group of rows, on the way in and out. */
		final double[] gridRows = new double[px * CHUNK];
		/** The first half of a y column padded beyond twice the grid: the grid's rows, then zeros. */
		final double[] half = new double[(py / 2 + 1) * CHUNK];
		final double[] work = new double[Math.max(px, py * pz) * CHUNK];
		/** The group's rows one by one, for the source and the sink: interleaved with {@link #interleave}, not strided. */
		final double[][] groupRows = new double[ROWS_PER_GROUP][px];
		double[][] columns = new double[0][];

		double[][] columns(int count) {
			if (columns.length != count) {
				columns = new double[count][py * pz * CHUNK];
			}
			return columns;
		}
	}

	public PaddedFft(int px, int py, int pz, CellLoops loops) {
		Butterflies butterflies = Butterflies.fastest();
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
	}

	/**
	 * Whether an axis of n cells padded to p has its data in the first half and zeros in the second, the case the
	 * batched FFT's first forward and last inverse passes skip.
	 */
	private static boolean halfPadded(int p, int n) {
		return p >= 2 * n && p % 2 == 0;
	}

	/** Blocks of x frequencies per parallel task: enough to be worth a thread. */
	private int columnGrain() {
		return Math.max(1, MIN_TASK_DOUBLES / (py * pz * CHUNK));
	}

	/** Chunks (elements of LANES complex values) of a block in the column buffers: py·pz. */
	public int chunksPerBlock() {
		return py * pz;
	}

	/** A spectrum of the rows j < rowsY, k < rowsZ. */
	public double[] newSpectrum(int rowsY, int rowsZ) {
		return new double[blocks * rowsY * rowsZ * CHUNK];
	}

	/**
	 * The full forward transform of the padded rows given by {@code source} (a kernel), into a
	 * spectrum of {@link #newSpectrum newSpectrum(py, pz)} in the column buffers' layout.
	 */
	public void forward(RowSource source, double[] spectrum) {
		forwardRows(px, py, pz, source, spectrum);
		loops.forEachTask(blocks, columnGrain(), (first, end) -> {
			double[] work = scratch.get().work;
			for (int block = first; block < end; block++) {
				int base = block * py * pz * CHUNK;
				for (int kz = 0; kz < pz; kz++) {
					fftY.transform(spectrum, base + kz * py * CHUNK, 1, work, 0, false);
				}
				fftZ.transform(spectrum, base, py, work, 0, false);
			}
		});
	}

	/**
	 * The convolution pass over spectra of the grid's rows (j < ny, k < nz): for each block of x
	 * frequencies, the y and z transforms of every spectrum into the column buffers, then
	 * {@code operation}, then the inverse z and y transforms back into the spectra — while the block
	 * is in cache, instead of three sweeps over the whole spectra.
	 */
	public void convolveColumns(int ny, int nz, double[][] spectra, BlockOperation operation) {
		loops.forEachTask(blocks, columnGrain(), (first, end) -> {
			Scratch s = scratch.get();
			double[][] columns = s.columns(spectra.length);
			for (int block = first; block < end; block++) {
				for (int c = 0; c < spectra.length; c++) {
					forwardColumns(spectra[c], block * ny * nz * CHUNK, ny, nz, columns[c], s);
				}
				operation.apply(block, columns);
				for (int c = 0; c < spectra.length; c++) {
					inverseColumns(columns[c], spectra[c], block * ny * nz * CHUNK, ny, nz, s);
				}
			}
		});
	}

	/**
	 * The y transforms of the layers k < nz (padding skipped), zero layers above, then the z transforms. A padding longer
	 * than 2·ny is first filled up to py/2 in the scratch's half buffer, so that the transform still skips the zero half.
	 */
	private void forwardColumns(double[] spectrum, int base, int ny, int nz, double[] column, Scratch s) {
		double[] work = s.work;
		for (int kz = 0; kz < pz; kz++) {
			int layer = kz * py * CHUNK;
			if (kz >= nz) {
				Arrays.fill(column, layer, layer + py * CHUNK, 0);
			} else if (py == 2 * ny) {
				fftY.forwardPadded(spectrum, base + kz * ny * CHUNK, column, layer, 1, work, 0);
			} else if (halfPadded(py, ny)) {
				System.arraycopy(spectrum, base + kz * ny * CHUNK, s.half, 0, ny * CHUNK);
				Arrays.fill(s.half, ny * CHUNK, py / 2 * CHUNK, 0);
				fftY.forwardPadded(s.half, 0, column, layer, 1, work, 0);
			} else {
				System.arraycopy(spectrum, base + kz * ny * CHUNK, column, layer, ny * CHUNK);
				fftY.transform(column, layer, 1, work, 0, false);
			}
		}
		fftZ.transform(column, 0, py, work, 0, false);
	}

	/** Inverse z transforms, then inverse y transforms of the layers k < nz, rows j < ny only, into the spectrum. */
	private void inverseColumns(double[] column, double[] spectrum, int base, int ny, int nz, Scratch s) {
		double[] work = s.work;
		fftZ.transform(column, 0, py, work, 0, true);
		for (int kz = 0; kz < nz; kz++) {
			int layer = kz * py * CHUNK;
			if (py == 2 * ny) {
				fftY.inverseToFirstHalf(column, layer, spectrum, base + kz * ny * CHUNK, 1, work, 0);
			} else if (halfPadded(py, ny)) {
				fftY.inverseToFirstHalf(column, layer, s.half, 0, 1, work, 0);
				System.arraycopy(s.half, 0, spectrum, base + kz * ny * CHUNK, ny * CHUNK);
			} else {
				fftY.transform(column, layer, 1, work, 0, true);
				System.arraycopy(column, layer, spectrum, base + kz * ny * CHUNK, ny * CHUNK);
			}
		}
	}

	/**
	 * The x transforms of the rows j < ny, k < nz, each of nx values (the rest of px zero), into a
	 * spectrum of {@link #newSpectrum newSpectrum(ny, nz)}.
	 */
	public void forwardRows(int nx, int ny, int nz, RowSource source, double[] spectrum) {
		int blockStride = ny * nz * CHUNK;
		// along a padded x axis the rows' second half is zero: never stored, never read
		boolean padded = halfPadded(px, nx);
		int width = padded ? px / 2 : px;
		forEachRowGroup(ny, nz, (s, r0, count) -> {
			double[] in = padded ? s.gridRows : s.rows;
			for (int b = 0; b < count; b++) {
				Arrays.fill(s.groupRows[b], 0, width, 0);
				source.fill((r0 + b) % ny, (r0 + b) / ny, s.groupRows[b]);
			}
			interleave(s.groupRows, count, width, in);
			if (padded) {
				fftX.forwardPadded(in, 0, s.rows, 0, 1, s.work, 0);
			} else {
				fftX.transform(s.rows, 0, 1, s.work, 0, false);
			}
			unpackHalfSpectra(s.rows, r0, count, blockStride, spectrum);
		});
	}

	/**
	 * rows[b][i] → chunks[i·CHUNK + b] for b < count, zeros in the lanes of missing rows. Element by
	 * element in chunk order: written in sequence and read from eight sequential streams, it stays in
	 * L1, where a row-by-row strided copy touches a cache line per element, eight times over.
	 */
	private static void interleave(double[][] rows, int count, int width, double[] chunks) {
		if (count == ROWS_PER_GROUP && CHUNK == 8) {
			double[] r0 = rows[0], r1 = rows[1], r2 = rows[2], r3 = rows[3], r4 = rows[4], r5 = rows[5], r6 = rows[6], r7 = rows[7];
			for (int i = 0, o = 0; i < width; i++, o += CHUNK) {
				chunks[o] = r0[i];
				chunks[o + 1] = r1[i];
				chunks[o + 2] = r2[i];
				chunks[o + 3] = r3[i];
				chunks[o + 4] = r4[i];
				chunks[o + 5] = r5[i];
				chunks[o + 6] = r6[i];
				chunks[o + 7] = r7[i];
			}
			return;
		}
		for (int i = 0; i < width; i++) {
			for (int b = 0; b < CHUNK; b++) {
				chunks[i * CHUNK + b] = b < count ? rows[b][i] : 0;
			}
		}
	}

	/** The inverse of {@link #interleave}: chunks[i·CHUNK + b] → rows[b][i] for b < count. */
	private static void deinterleave(double[] chunks, int count, int width, double[][] rows) {
		if (count == ROWS_PER_GROUP && CHUNK == 8) {
			double[] r0 = rows[0], r1 = rows[1], r2 = rows[2], r3 = rows[3], r4 = rows[4], r5 = rows[5], r6 = rows[6], r7 = rows[7];
			for (int i = 0, o = 0; i < width; i++, o += CHUNK) {
				r0[i] = chunks[o];
				r1[i] = chunks[o + 1];
				r2[i] = chunks[o + 2];
				r3[i] = chunks[o + 3];
				r4[i] = chunks[o + 4];
				r5[i] = chunks[o + 5];
				r6[i] = chunks[o + 6];
				r7[i] = chunks[o + 7];
			}
			return;
		}
		for (int b = 0; b < count; b++) {
			double[] row = rows[b];
			for (int i = 0; i < width; i++) {
				row[i] = chunks[i * CHUNK + b];
			}
		}
	}

	/** The inverse x transforms after {@link #convolveColumns}: hands {@code sink} the real rows j < ny, k < nz (nx values each). */
	public void inverseRows(double[] spectrum, int nx, int ny, int nz, RowSink sink) {
		int blockStride = ny * nz * CHUNK;
		boolean padded = halfPadded(px, nx);
		int width = padded ? px / 2 : px;
		forEachRowGroup(ny, nz, (s, r0, count) -> {
			packFullSpectra(spectrum, r0, count, blockStride, s.rows);
			double[] out = s.rows;
			if (padded) {
				fftX.inverseToFirstHalf(s.rows, 0, s.gridRows, 0, 1, s.work, 0);
				out = s.gridRows;
			} else {
				fftX.transform(s.rows, 0, 1, s.work, 0, true);
			}
			deinterleave(out, count, width, s.groupRows);
			for (int b = 0; b < count; b++) {
				sink.take((r0 + b) % ny, (r0 + b) / ny, s.groupRows[b]);
			}
		});
	}

	/** What is done to one group of 2·LANES rows (fewer in the last group), r0 the first; row r is (r mod ny, r / ny). */
	@FunctionalInterface
	private interface RowGroup {
		void process(Scratch scratch, int r0, int count);
	}

	private void forEachRowGroup(int ny, int nz, RowGroup group) {
		int rows = ny * nz;
		int groups = (rows + ROWS_PER_GROUP - 1) / ROWS_PER_GROUP;
		loops.forEachTask(groups, Math.max(1, MIN_TASK_DOUBLES / (px * CHUNK)), (first, end) -> {
			Scratch s = scratch.get();
			for (int g = first; g < end; g++) {
				int r0 = g * ROWS_PER_GROUP;
				group.process(s, r0, Math.min(ROWS_PER_GROUP, rows - r0));
			}
		});
	}

	/**
	 * Splits the transform Z of the packed rows a + i·b into theirs: A_k = (Z_k + Z*_{−k})/2,
	 * B_k = (Z_k − Z*_{−k})/(2i), for k ≤ px/2 (the rest is their complex conjugate). Row r of the
	 * spectrum is chunk r of each block.
	 */
	private void unpackHalfSpectra(double[] z, int r0, int count, int blockStride, double[] spectrum) {
		for (int kx = 0; kx < hx; kx++) {
			int k = kx * CHUNK, minus = ((px - kx) % px) * CHUNK;
			int frequency = (kx / LANES) * blockStride + kx % LANES + r0 * CHUNK;
			for (int lane = 0; lane < LANES; lane++) {
				double zr = z[k + lane], zi = z[k + LANES + lane], mr = z[minus + lane], mi = z[minus + LANES + lane];
				if (lane < count) {
					int a = frequency + lane * CHUNK;
					spectrum[a] = 0.5 * (zr + mr);
					spectrum[a + LANES] = 0.5 * (zi - mi);
				}
				if (LANES + lane < count) {
					int b = frequency + (LANES + lane) * CHUNK;
					spectrum[b] = 0.5 * (zi + mi);
					spectrum[b + LANES] = 0.5 * (mr - zr);
				}
			}
		}
	}

	/** Z_k = A_k + i·B_k for all k < px, from the half spectra of rows a and b (A_{px−k} = A*_k). */
	private void packFullSpectra(double[] spectrum, int r0, int count, int blockStride, double[] z) {
		for (int kx = 0; kx < px; kx++) {
			boolean stored = kx < hx;
			int source = stored ? kx : px - kx;
			int frequency = (source / LANES) * blockStride + source % LANES + r0 * CHUNK;
			double conj = stored ? 1 : -1;
			int k = kx * CHUNK;
			for (int lane = 0; lane < LANES; lane++) {
				double ar = 0, ai = 0, br = 0, bi = 0;
				if (lane < count) {
					int a = frequency + lane * CHUNK;
					ar = spectrum[a];
					ai = conj * spectrum[a + LANES];
				}
				if (LANES + lane < count) {
					int b = frequency + (LANES + lane) * CHUNK;
					br = spectrum[b];
					bi = conj * spectrum[b + LANES];
				}
				z[k + lane] = ar - bi;
				z[k + LANES + lane] = ai + br;
			}
		}
	}
}
