package org.spintex.core.parallel;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

/**
 * Parallel loops over the cells of a grid that give bit-identical results for any thread count.
 *
 * <p>The index range is always cut into the same fixed blocks of {@link #BLOCK} cells, whatever
 * the number of threads; loop bodies write disjoint cells, and reductions add one partial sum per
 * block in block order. So a run with 1 thread and a run with 16 threads execute the same
 * floating-point operations in the same association, which is what makes the results reproducible.
 */
public final class CellLoops implements AutoCloseable {

	/** Cells per block: large enough to amortise scheduling, small enough to balance 2–16 threads. */
	public static final int BLOCK = 4096;

	/** The body of a loop over the cells [from, to). */
	@FunctionalInterface
	public interface Body {
		void run(int from, int to);
	}

	/** The partial sum of a reduction over the cells [from, to). */
	@FunctionalInterface
	public interface PartialSum {
		double over(int from, int to);
	}

	private final ForkJoinPool pool;

	/** Loops that run on {@code threads} threads; 1 runs everything on the caller's thread. */
	public CellLoops(int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("at least one thread is needed, got " + threads);
		}
		this.pool = threads == 1 ? null : new ForkJoinPool(threads);
	}

	/** Loops on the caller's thread only. */
	public static CellLoops sequential() {
		return new CellLoops(1);
	}

	/** Runs {@code body} over [0, n) in fixed blocks, in parallel where there is more than one block. */
	public void forEach(int n, Body body) {
		int blocks = blockCount(n);
		if (pool == null || blocks == 1) {
			for (int b = 0; b < blocks; b++) {
				body.run(b * BLOCK, Math.min(n, (b + 1) * BLOCK));
			}
			return;
		}
		pool.invoke(new Blocks(0, blocks, n, body));
	}

	/**
	 * Runs {@code body} over the tasks [0, count) (rows, planes, FFT columns), handing each thread
	 * ranges of at least {@code grain} tasks. Bodies must write disjoint data.
	 */
	public void forEachTask(int count, int grain, Body body) {
		if (pool == null || count <= grain) {
			body.run(0, count);
			return;
		}
		pool.invoke(new Tasks(0, count, Math.max(1, grain), body));
	}

	/** Σ over [0, n) of {@code partial}, added block by block in a fixed order. */
	public double sum(int n, PartialSum partial) {
		int blocks = blockCount(n);
		double[] sums = new double[blocks];
		forEach(n, (from, to) -> sums[from / BLOCK] = partial.over(from, to));
		double total = 0;
		for (double s : sums) {
			total += s;
		}
		return total;
	}

	/** max over [0, n) of {@code partial}, which must return the maximum of its block. */
	public double max(int n, PartialSum partial) {
		int blocks = blockCount(n);
		double[] maxima = new double[blocks];
		forEach(n, (from, to) -> maxima[from / BLOCK] = partial.over(from, to));
		double max = Double.NEGATIVE_INFINITY;
		for (double m : maxima) {
			// NaN must win, so that a blown-up cell is never hidden by the reduction
			if (!(m <= max)) {
				max = m;
			}
		}
		return max;
	}

	private static int blockCount(int n) {
		return Math.max(1, (n + BLOCK - 1) / BLOCK);
	}

	@Override
	public void close() {
		if (pool != null) {
			pool.shutdown();
		}
	}

	private static final class Blocks extends RecursiveAction {
		private static final long serialVersionUID = 1L;
		private final int first;
		private final int last;
		private final int n;
		private final transient Body body;

		Blocks(int first, int last, int n, Body body) {
			this.first = first;
			this.last = last;
			this.n = n;
			this.body = body;
		}

		@Override
		protected void compute() {
			if (last - first == 1) {
				body.run(first * BLOCK, Math.min(n, (first + 1) * BLOCK));
				return;
			}
			int middle = (first + last) >>> 1;
			ForkJoinTask.invokeAll(new Blocks(first, middle, n, body), new Blocks(middle, last, n, body));
		}
	}

	private static final class Tasks extends RecursiveAction {
		private static final long serialVersionUID = 1L;
		private final int first;
		private final int last;
		private final int grain;
		private final transient Body body;

		Tasks(int first, int last, int grain, Body body) {
			this.first = first;
			this.last = last;
			this.grain = grain;
			this.body = body;
		}

		@Override
		protected void compute() {
			if (last - first <= grain) {
				body.run(first, last);
				return;
			}
			int middle = (first + last) >>> 1;
			ForkJoinTask.invokeAll(new Tasks(first, middle, grain, body), new Tasks(middle, last, grain, body));
		}
	}
}
