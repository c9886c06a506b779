package org.spintex.engine.llg.model;

import org.spintex.core.parallel.CellLoops;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.mesh.Shape;

/**
 * The magnetic body being simulated: its mesh, the saturation magnetization of every cell (zero in
 * empty cells, which is how film shapes and the spacers of a stack enter), the Gilbert damping α and the
 * gyromagnetic ratio γ of every cell (each film of a stack has its material's), and the loops that run the cell kernels.
 */
public final class Magnet {

	private final Mesh mesh;
	private final double[] msAmperePerMetre;
	/** 1/Ms per cell, 0 in empty cells: the field terms multiply by it instead of dividing per cell and evaluation. */
	private final double[] inverseMs;
	/** Ms where every cell has the same non-zero Ms (no empty cells), else NaN: kernels then skip the per-cell loads. */
	private final double uniformMs;
	private final boolean everyCellMagnetic;
	private final double[] alpha;
	private final double[] gammaRadPerSecondTesla;
	/** α and γ where every magnetic cell has the same, else NaN: the kernels then read them per cell. */
	private final double uniformAlpha;
	private final double uniformGamma;
	private final CellLoops loops;

	/** A magnet of one material: the same α and γ in every cell. */
	public Magnet(Mesh mesh, double[] msAmperePerMetre, double alpha, double gammaRadPerSecondTesla, CellLoops loops) {
		this(mesh, msAmperePerMetre, filled(mesh, alpha), filled(mesh, gammaRadPerSecondTesla), loops);
	}

	/** A magnet with α and γ per cell (a stack of films of different materials). */
	public Magnet(Mesh mesh, double[] msAmperePerMetre, double[] alpha, double[] gammaRadPerSecondTesla, CellLoops loops) {
		if (msAmperePerMetre.length != mesh.cellCount() || alpha.length != mesh.cellCount()
				|| gammaRadPerSecondTesla.length != mesh.cellCount()) {
			throw new IllegalArgumentException("one saturation magnetization, damping and gyromagnetic ratio per cell are needed");
		}
		for (int c = 0; c < alpha.length; c++) {
			if (!(alpha[c] >= 0)) {
				throw new IllegalArgumentException("the damping α must be non-negative, got " + alpha[c]);
			}
			if (!(gammaRadPerSecondTesla[c] > 0)) {
				throw new IllegalArgumentException("the gyromagnetic ratio must be positive, got " + gammaRadPerSecondTesla[c]);
			}
		}
		this.mesh = mesh;
		this.msAmperePerMetre = msAmperePerMetre;
		this.inverseMs = new double[msAmperePerMetre.length];
		for (int c = 0; c < inverseMs.length; c++) {
			inverseMs[c] = msAmperePerMetre[c] == 0 ? 0 : 1 / msAmperePerMetre[c];
		}
		this.uniformMs = uniform(msAmperePerMetre);
		this.everyCellMagnetic = magneticCellCount() == msAmperePerMetre.length;
		this.alpha = alpha;
		this.gammaRadPerSecondTesla = gammaRadPerSecondTesla;
		this.uniformAlpha = uniformOverMagneticCells(alpha, msAmperePerMetre);
		this.uniformGamma = uniformOverMagneticCells(gammaRadPerSecondTesla, msAmperePerMetre);
		this.loops = loops;
	}

	private static double[] filled(Mesh mesh, double value) {
		double[] a = new double[mesh.cellCount()];
		java.util.Arrays.fill(a, value);
		return a;
	}

	/** The common value of {@code values} over the magnetic cells, NaN if they differ (or there are none). */
	private static double uniformOverMagneticCells(double[] values, double[] ms) {
		double common = Double.NaN;
		for (int c = 0; c < values.length; c++) {
			if (ms[c] == 0) {
				continue;
			}
			if (common != common) {
				common = values[c];
			} else if (values[c] != common) {
				return Double.NaN;
			}
		}
		return common;
	}

	private static double uniform(double[] ms) {
		for (double v : ms) {
			if (v == 0 || v != ms[0]) {
				return Double.NaN;
			}
		}
		return ms.length == 0 ? Double.NaN : ms[0];
	}

	/** A magnet filling {@code shape} on {@code mesh} with a uniform saturation magnetization. */
	public static Magnet of(Mesh mesh, Shape shape, double msAmperePerMetre, double alpha, double gamma, CellLoops loops) {
		return new Magnet(mesh, shape.fill(mesh, msAmperePerMetre), alpha, gamma, loops);
	}

	public Mesh mesh() {
		return mesh;
	}

	/** Saturation magnetization per cell, A/m; 0 marks an empty cell. The array is shared, not copied. */
	public double[] ms() {
		return msAmperePerMetre;
	}

	/** 1/Ms per cell, m/A; 0 in empty cells. Shared, not copied. */
	public double[] inverseMs() {
		return inverseMs;
	}

	public double ms(int cell) {
		return msAmperePerMetre[cell];
	}

	/** True if no cell of the mesh is empty. */
	public boolean everyCellMagnetic() {
		return everyCellMagnetic;
	}

	/** The common Ms in A/m if every cell is magnetic with the same Ms, else NaN. */
	public double uniformMs() {
		return uniformMs;
	}

	/** The smallest non-zero Ms in A/m, which sets the largest field per energy density (B ∝ 1/Ms); NaN if empty. */
	public double smallestMs() {
		double min = Double.POSITIVE_INFINITY;
		for (double v : msAmperePerMetre) {
			if (v != 0 && v < min) {
				min = v;
			}
		}
		return Double.isInfinite(min) ? Double.NaN : min;
	}

	/** The largest Ms in A/m. */
	public double largestMs() {
		double max = 0;
		for (double v : msAmperePerMetre) {
			max = Math.max(max, v);
		}
		return max;
	}

	public boolean isMagnetic(int cell) {
		return msAmperePerMetre[cell] != 0;
	}

	/** The damping of every magnetic cell, NaN if the films of a stack differ in it (then read {@link #alpha(int)}). */
	public double alpha() {
		return uniformAlpha;
	}

	/** The gyromagnetic ratio of every magnetic cell in rad/(s·T), NaN if the films differ in it. */
	public double gamma() {
		return uniformGamma;
	}

	/** True if every magnetic cell has the same α and γ: the kernels take the scalar path. */
	public boolean uniformDynamics() {
		return uniformAlpha == uniformAlpha && uniformGamma == uniformGamma;
	}

	public double alpha(int cell) {
		return alpha[cell];
	}

	public double gamma(int cell) {
		return gammaRadPerSecondTesla[cell];
	}

	/** α per cell; shared, not copied. */
	public double[] alphas() {
		return alpha;
	}

	/** γ per cell in rad/(s·T); shared, not copied. */
	public double[] gammas() {
		return gammaRadPerSecondTesla;
	}

	/** The distinct (α, γ) pairs of the magnetic cells: one per material of a stack, for the stability limit. */
	public java.util.Set<java.util.List<Double>> dynamicsParameters() {
		java.util.Set<java.util.List<Double>> pairs = new java.util.LinkedHashSet<>();
		for (int c = 0; c < alpha.length; c++) {
			if (msAmperePerMetre[c] != 0) {
				pairs.add(java.util.List.of(alpha[c], gammaRadPerSecondTesla[c]));
			}
		}
		return pairs;
	}

	public CellLoops loops() {
		return loops;
	}

	/**
	 * Runs {@code body} over ranges of grid rows (a row is the nx cells at fixed j, k; row r has
	 * j = r mod ny, k = r / ny), in parallel. Row-wise kernels know their neighbours without divisions.
	 */
	public void forEachRow(CellLoops.Body body) {
		loops.forEachTask(mesh.ny() * mesh.nz(), Math.max(1, CellLoops.BLOCK / mesh.nx()), body);
	}

	/** Runs {@code body} over ranges of the cells of one film, in parallel. */
	public void forEachCell(FilmLayers layers, CellLoops.Body body) {
		int first = layers.firstCell(mesh);
		loops.forEach(layers.endCell(mesh) - first, (from, to) -> body.run(first + from, first + to));
	}

	/** Σ over the cells of one film of the partial sums, in fixed blocks from its first cell: thread-count independent. */
	public double sum(FilmLayers layers, CellLoops.PartialSum partial) {
		int first = layers.firstCell(mesh);
		return loops.sum(layers.endCell(mesh) - first, (from, to) -> partial.over(first + from, first + to));
	}

	/** {@link #forEachRow} over the rows of one film's layers only. */
	public void forEachRow(FilmLayers layers, CellLoops.Body body) {
		int first = layers.firstRow(mesh);
		loops.forEachTask(layers.endRow(mesh) - first, Math.max(1, CellLoops.BLOCK / mesh.nx()),
				(from, to) -> body.run(first + from, first + to));
	}

	/** Number of cells that carry magnetization. */
	public int magneticCellCount() {
		int n = 0;
		for (double ms : msAmperePerMetre) {
			if (ms != 0) {
				n++;
			}
		}
		return n;
	}

	/** A new reduced-magnetization field: uniform along (x, y, z) in magnetic cells, zero elsewhere. */
	public VectorField uniform(double x, double y, double z) {
		double norm = Math.sqrt(x * x + y * y + z * z);
		VectorField m = new VectorField(mesh);
		for (int c = 0; c < mesh.cellCount(); c++) {
			if (isMagnetic(c)) {
				m.set(c, x / norm, y / norm, z / norm);
			}
		}
		return m;
	}

	/**
	 * Sets m to zero in empty cells and to unit length elsewhere (after an integration step); false
	 * if a cell is NaN — a blown-up step, found in the same pass over m.
	 */
	public boolean normalise(VectorField m) {
		return !Double.isNaN(loops.max(mesh.cellCount(), (from, to) -> normaliseCells(m, from, to)));
	}

	/**
	 * {@link #normalise} on the cells [from, to) only, for integrators that fuse it with their last pass
	 * over a block of cells; NaN if a cell is NaN, else 0.
	 */
	public double normaliseCells(VectorField m, int from, int to) {
		double[] ms = msAmperePerMetre;
		boolean nan = false;
		for (int c = from; c < to; c++) {
			double x = m.x[c], y = m.y[c], z = m.z[c];
			double n = Math.sqrt(x * x + y * y + z * z);
			nan |= n != n;
			double s = ms[c] == 0 || n == 0 ? 0 : 1 / n;
			m.x[c] = x * s;
			m.y[c] = y * s;
			m.z[c] = z * s;
		}
		return nan ? Double.NaN : 0;
	}
}
