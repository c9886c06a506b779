package org.spintex.engine.llg.term;

import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.FilmLayers;
import org.spintex.engine.llg.model.Magnet;

/**
 * Heisenberg exchange E = A ∫ |∇m|² dV, field B = (2A/Ms) ∇²m with the 6-point Laplacian.
 * Missing neighbours take the ghost values of the {@link BoundaryCondition} (Neumann, or the
 * DMI-modified free boundary, which is what makes edge canting come out right). The exchange of one film of a stack
 * acts on its layers only; the exchange across the interface with a film it touches is
 * {@link InterfaceExchangeField}'s.
 */
public final class ExchangeField implements FieldTerm {

	private final Magnet magnet;
	private final double exchangeJPerM;
	private final BoundaryCondition boundary;
	private final FilmLayers layers;
	/** Rows whose inner cells (all but the first and last) have all their neighbours: the branch-free path. */
	private final boolean[] openRow;

	public ExchangeField(Magnet magnet, double exchangeJPerM, BoundaryCondition boundary) {
		this(magnet, exchangeJPerM, boundary, FilmLayers.whole(magnet.mesh()));
	}

	/** The exchange within one film of a stack. */
	public ExchangeField(Magnet magnet, double exchangeJPerM, BoundaryCondition boundary, FilmLayers layers) {
		if (!(exchangeJPerM >= 0)) {
			throw new IllegalArgumentException("the exchange stiffness must be non-negative, got " + exchangeJPerM + " J/m");
		}
		this.magnet = magnet;
		this.exchangeJPerM = exchangeJPerM;
		this.boundary = boundary;
		this.layers = layers;
		this.openRow = openRows(magnet, layers);
	}

	/**
	 * A row qualifies when it and its neighbour rows in y (and z, for a film of several layers) are entirely
	 * magnetic: then every inner cell has six real neighbours, except the two missing z neighbours of
	 * a single layer, whose ghosts cancel in the Laplacian for any boundary condition (G₊ + G₋ = 2).
	 * Rows are numbered over the whole mesh; only the film's are ever open.
	 */
	private static boolean[] openRows(Magnet magnet, FilmLayers layers) {
		Mesh mesh = magnet.mesh();
		int nx = mesh.nx(), ny = mesh.ny(), nz = mesh.nz(), k0 = layers.firstLayer(), k1 = layers.endLayer();
		boolean single = layers.layerCount() == 1;
		boolean[] full = new boolean[ny * nz];
		for (int row = 0; row < ny * nz; row++) {
			boolean all = true;
			for (int i = 0; i < nx && all; i++) {
				all = magnet.isMagnetic(row * nx + i);
			}
			full[row] = all;
		}
		boolean[] open = new boolean[ny * nz];
		for (int row = k0 * ny; row < k1 * ny; row++) {
			int j = row % ny, k = row / ny;
			boolean inside = j > 0 && j < ny - 1 && (single || (k > k0 && k < k1 - 1));
			open[row] = inside && nx > 2 && full[row] && full[row - 1] && full[row + 1]
					&& (single || (full[row - ny] && full[row + ny]));
		}
		return open;
	}

	@Override
	public String name() {
		return "exchange";
	}

	@Override
	public java.util.Optional<String> film() {
		return layers.film();
	}

	/** (2A/Ms)·4Σ1/h²: the checkerboard mode of the 6-point Laplacian, the smallest Ms the stiffest cell. */
	@Override
	public double precessionBoundTesla() {
		return 2 * exchangeJPerM / magnet.smallestMs() * 4 * magnet.mesh().inverseSquaredSpacingPerM2();
	}

	@Override
	public void addField(double timeSecond, VectorField m, VectorField b) {
		Mesh mesh = magnet.mesh();
		int nx = mesh.nx(), ny = mesh.ny();
		double[] ms = magnet.ms(), inverseMs = magnet.inverseMs();
		double wx = 1 / (mesh.cellXMetre() * mesh.cellXMetre());
		double wy = 1 / (mesh.cellYMetre() * mesh.cellYMetre());
		double wz = 1 / (mesh.cellZMetre() * mesh.cellZMetre());
		int nxy = layers.layerCount() == 1 ? 0 : nx * ny;
		magnet.forEachRow(layers, (firstRow, endRow) -> {
			NeighbourStencil s = new NeighbourStencil(magnet, boundary, layers);
			double[] v = s.value;
			for (int row = firstRow; row < endRow; row++) {
				int j = row % ny, k = row / ny, base = row * nx;
				// an open row leaves only its two end cells to the stencil with boundary conditions
				int step = 1;
				if (openRow[row]) {
					innerCells(m, b, base + 1, base + nx - 1, nx, nxy, inverseMs, wx, wy, wz);
					step = nx - 1;
				}
				for (int i = 0; i < nx; i += step) {
					int c = base + i;
					if (ms[c] == 0) {
						continue;
					}
					s.load(m, c, i, j, k);
					double pre = 2 * exchangeJPerM * inverseMs[c];
					double mx = m.x[c], my = m.y[c], mz = m.z[c];
					b.x[c] += pre * (wx * (v[0] + v[3] - 2 * mx) + wy * (v[6] + v[9] - 2 * mx) + wz * (v[12] + v[15] - 2 * mx));
					b.y[c] += pre * (wx * (v[1] + v[4] - 2 * my) + wy * (v[7] + v[10] - 2 * my) + wz * (v[13] + v[16] - 2 * my));
					b.z[c] += pre * (wx * (v[2] + v[5] - 2 * mz) + wy * (v[8] + v[11] - 2 * mz) + wz * (v[14] + v[17] - 2 * mz));
				}
			}
		});
	}

	/**
	 * The 7-point Laplacian on cells whose neighbours all exist: no branches, so the JIT vectorises it.
	 * One component at a time: a component's three rows and its field are four streams, whereas all
	 * three at once are twelve that, for power-of-two rows (1024 cells = 8 KiB apart), fall into the
	 * same L1 cache sets and evict each other — four times slower at 1024².
	 */
	private void innerCells(VectorField m, VectorField b, int from, int to, int nx, int nxy, double[] inverseMs, double wx, double wy, double wz) {
		double twoA = 2 * exchangeJPerM;
		laplacian(m.x, b.x, from, to, nx, nxy, inverseMs, twoA, wx, wy, wz);
		laplacian(m.y, b.y, from, to, nx, nxy, inverseMs, twoA, wx, wy, wz);
		laplacian(m.z, b.z, from, to, nx, nxy, inverseMs, twoA, wx, wy, wz);
	}

	/** b += (2A/Ms) ∇²m for one component; {@code nxy} = 0 for a single layer (no z neighbours). */
	private static void laplacian(double[] m, double[] b, int from, int to, int nx, int nxy, double[] inverseMs, double twoA, double wx,
			double wy, double wz) {
		if (nxy == 0) {
			for (int c = from; c < to; c++) {
				b[c] += twoA * inverseMs[c] * (wx * (m[c - 1] + m[c + 1] - 2 * m[c]) + wy * (m[c - nx] + m[c + nx] - 2 * m[c]));
			}
			return;
		}
		for (int c = from; c < to; c++) {
			b[c] += twoA * inverseMs[c] * (wx * (m[c - 1] + m[c + 1] - 2 * m[c]) + wy * (m[c - nx] + m[c + nx] - 2 * m[c])
					+ wz * (m[c - nxy] + m[c + nxy] - 2 * m[c]));
		}
	}

	@Override
	public double energyJoule(VectorField m, VectorField ownField) {
		return EnergyIntegral.ofDegree(2, magnet, m, ownField);
	}
}
