package org.spintex.engine.llg.term;

import org.spintex.engine.llg.fft.VectorSupportProbe;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.FilmLayers;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.model.Regions;

/**
 * Heisenberg exchange E = A ∫ |∇m|² dV, field B = (2A/Ms) ∇²m with the 6-point Laplacian.
 * Missing neighbours take the ghost values of the {@link BoundaryCondition} (Neumann, or the
 * DMI-modified free boundary, which is what makes edge canting come out right). The exchange of one film of a stack
 * acts on its layers only; the exchange across the interface with a film it touches is
 * {@link InterfaceExchangeField}'s.
 *
 * <p>A film of several regions (named regions, grains) has each region's A; the bond between cells of two regions
 * has the harmonic mean A₁₂ = 2A₁A₂/(A₁ + A₂) (MuMax3's rule: the exchange flux 2A ∂m/∂n is continuous across the
 * interface, so a bond half in each material has the series stiffness of its halves), times the regions' bond scale.
 * A missing neighbour's ghost follows the boundary condition of the cell's own region.
 */
public final class ExchangeField implements FieldTerm {

	/** The uniform films' inner cells on SIMD registers ({@link VectorLaplacian}) where the Vector API is there. */
	private static final boolean SIMD = VectorSupportProbe.available();

	private final Magnet magnet;
	/** A of each region, J/m. */
	private final double[] exchangeJPerM;
	/** The boundary condition of each region. */
	private final BoundaryCondition[] boundary;
	private final Regions regions;
	private final FilmLayers layers;
	/** Rows whose inner cells (all but the first and last) have all their neighbours, in one region: the branch-free path. */
	private final boolean[] openRow;

	public ExchangeField(Magnet magnet, double exchangeJPerM, BoundaryCondition boundary) {
		this(magnet, exchangeJPerM, boundary, FilmLayers.whole(magnet.mesh()));
	}

	/** The exchange within one film of a stack. */
	public ExchangeField(Magnet magnet, double exchangeJPerM, BoundaryCondition boundary, FilmLayers layers) {
		this(magnet, new double[] { exchangeJPerM }, new BoundaryCondition[] { boundary }, Regions.single(magnet, layers), layers);
	}

	/** The exchange within a film of several regions, A and the boundary condition given per region. */
	public ExchangeField(Magnet magnet, double[] exchangeJPerM, BoundaryCondition[] boundary, Regions regions, FilmLayers layers) {
		if (exchangeJPerM.length != regions.count() || boundary.length != regions.count()) {
			throw new IllegalArgumentException("one exchange stiffness and boundary condition per region are needed");
		}
		for (double a : exchangeJPerM) {
			if (!(a >= 0)) {
				throw new IllegalArgumentException("the exchange stiffness must be non-negative, got " + a + " J/m");
			}
		}
		this.magnet = magnet;
		this.exchangeJPerM = exchangeJPerM.clone();
		this.boundary = boundary.clone();
		this.regions = regions;
		this.layers = layers;
		this.openRow = openRows(magnet, layers, regions);
	}

	/**
	 * A row qualifies when it and its neighbour rows in y (and z, for a film of several layers) are entirely
	 * magnetic and of one region: then every inner cell has six real neighbours of its own A, except the two missing z
	 * neighbours of a single layer, whose ghosts cancel in the Laplacian for any boundary condition (G₊ + G₋ = 2).
	 * Rows are numbered over the whole mesh; only the film's are ever open.
	 */
	private static boolean[] openRows(Magnet magnet, FilmLayers layers, Regions regions) {
		Mesh mesh = magnet.mesh();
		int nx = mesh.nx(), ny = mesh.ny(), nz = mesh.nz(), k0 = layers.firstLayer(), k1 = layers.endLayer();
		boolean single = layers.layerCount() == 1;
		// the region every cell of a row has, −1 if a cell is empty or the row mixes regions
		int[] rowRegion = new int[ny * nz];
		for (int row = 0; row < ny * nz; row++) {
			int r = regions.of(row * nx);
			for (int i = 0; i < nx && r >= 0; i++) {
				int c = row * nx + i;
				if (!magnet.isMagnetic(c) || regions.of(c) != r) {
					r = -1;
				}
			}
			rowRegion[row] = r;
		}
		boolean[] open = new boolean[ny * nz];
		for (int row = k0 * ny; row < k1 * ny; row++) {
			int j = row % ny, k = row / ny, r = rowRegion[row];
			boolean inside = j > 0 && j < ny - 1 && (single || (k > k0 && k < k1 - 1));
			open[row] = inside && nx > 2 && r >= 0 && rowRegion[row - 1] == r && rowRegion[row + 1] == r
					&& (single || (rowRegion[row - ny] == r && rowRegion[row + ny] == r));
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

	/** (2A/Ms)·4Σ1/h²: the checkerboard mode of the 6-point Laplacian, the largest A and smallest Ms the stiffest cell. */
	@Override
	public double precessionBoundTesla() {
		double largest = 0;
		for (double a : exchangeJPerM) {
			largest = Math.max(largest, a);
		}
		return 2 * largest / magnet.smallestMs() * 4 * magnet.mesh().inverseSquaredSpacingPerM2();
	}

	@Override
	public void addField(double timeSecond, VectorField m, VectorField b) {
		Mesh mesh = magnet.mesh();
		int nx = mesh.nx(), ny = mesh.ny();
		double[] ms = magnet.ms(), inverseMs = magnet.inverseMs();
		double wx = 1 / (mesh.cellXMetre() * mesh.cellXMetre());
		double wy = 1 / (mesh.cellYMetre() * mesh.cellYMetre());
		double wz = 1 / (mesh.cellZMetre() * mesh.cellZMetre());
		double[] w = { wx, wx, wy, wy, wz, wz };
		int nxy = layers.layerCount() == 1 ? 0 : nx * ny;
		boolean uniform = regions.uniform();
		// a film of one Ms: the inner cells take 1/Ms as a constant instead of streaming it once per component
		double uniformInverseMs = Double.isNaN(magnet.uniformMs()) ? Double.NaN : 1 / magnet.uniformMs();
		magnet.forEachRow(layers, (firstRow, endRow) -> {
			innerCells(m.x, b.x, firstRow, endRow, nxy, uniformInverseMs, wx, wy, wz);
			innerCells(m.y, b.y, firstRow, endRow, nxy, uniformInverseMs, wx, wy, wz);
			innerCells(m.z, b.z, firstRow, endRow, nxy, uniformInverseMs, wx, wy, wz);
			NeighbourStencil s = new NeighbourStencil(magnet, boundary, regions, layers);
			double[] v = s.value;
			for (int row = firstRow; row < endRow; row++) {
				int j = row % ny, k = row / ny, base = row * nx;
				// an open row leaves only its two end cells to the stencil with boundary conditions
				int step = openRow[row] ? nx - 1 : 1;
				for (int i = 0; i < nx; i += step) {
					int c = base + i;
					if (ms[c] == 0) {
						continue;
					}
					s.load(m, c, i, j, k);
					double mx = m.x[c], my = m.y[c], mz = m.z[c];
					if (uniform) {
						double pre = 2 * exchangeJPerM[0] * inverseMs[c];
						b.x[c] += pre * (wx * (v[0] + v[3] - 2 * mx) + wy * (v[6] + v[9] - 2 * mx) + wz * (v[12] + v[15] - 2 * mx));
						b.y[c] += pre * (wx * (v[1] + v[4] - 2 * my) + wy * (v[7] + v[10] - 2 * my) + wz * (v[13] + v[16] - 2 * my));
						b.z[c] += pre * (wx * (v[2] + v[5] - 2 * mz) + wy * (v[8] + v[11] - 2 * mz) + wz * (v[14] + v[17] - 2 * mz));
						continue;
					}
					// each bond with its own stiffness: the cell's A towards a ghost, the bond's towards a neighbour
					int r = regions.of(c);
					double bx = 0, by = 0, bz = 0;
					for (int d = 0; d < 6; d++) {
						int nb = s.neighbour(d);
						double a = nb < 0 ? exchangeJPerM[r] : bond(r, regions.of(nb));
						int o = 3 * d;
						bx += a * w[d] * (v[o] - mx);
						by += a * w[d] * (v[o + 1] - my);
						bz += a * w[d] * (v[o + 2] - mz);
					}
					double pre = 2 * inverseMs[c];
					b.x[c] += pre * bx;
					b.y[c] += pre * by;
					b.z[c] += pre * bz;
				}
			}
		});
	}

	/** The stiffness of a bond between cells of regions a and b. */
	private double bond(int a, int b) {
		if (a == b) {
			return exchangeJPerM[a];
		}
		return InterfaceExchangeField.harmonicMean(exchangeJPerM[a], exchangeJPerM[b]) * regions.bondScale().between(a, b);
	}

	/**
	 * The 7-point Laplacian on the inner cells of the open rows [firstRow, endRow), whose neighbours all exist: no
	 * branches, so it runs on SIMD registers. One component at a time over all the rows: a component's three rows and
	 * its field are four streams that run the length of the task, whereas all three components at once are twelve that,
	 * for power-of-two rows (1024 cells = 8 KiB apart), fall into the same L1 cache sets and evict each other (four
	 * times slower at 1024²), and a component at a time per row restarts the hardware's prefetch streams every row.
	 * Where Ms is one number ({@code uniformInverseMs} not NaN) it is not read per cell. Every cell gets its one
	 * contribution of this term either here or from the stencil, so the order of the passes changes no bit.
	 */
	private void innerCells(double[] m, double[] b, int firstRow, int endRow, int nxy, double uniformInverseMs, double wx,
			double wy, double wz) {
		int nx = magnet.mesh().nx();
		double[] inverseMs = magnet.inverseMs();
		for (int row = firstRow; row < endRow; row++) {
			if (!openRow[row]) {
				continue;
			}
			int from = row * nx + 1, to = row * nx + nx - 1;
			double twoA = 2 * exchangeJPerM[regions.of(row * nx)];
			if (Double.isNaN(uniformInverseMs)) {
				laplacian(m, b, from, to, nx, nxy, inverseMs, twoA, wx, wy, wz);
			} else if (SIMD) {
				// the same products as the per-cell loop, 1/Ms being the same number in every cell
				VectorLaplacian.add(m, b, from, to, nx, nxy, twoA * uniformInverseMs, wx, wy, wz);
			} else {
				laplacian(m, b, from, to, nx, nxy, twoA * uniformInverseMs, wx, wy, wz);
			}
		}
	}

	/** b += pre ∇²m for one component over cells [from, to), pre = 2A/Ms the same in every cell. */
	static void laplacian(double[] m, double[] b, int from, int to, int nx, int nxy, double pre, double wx, double wy,
			double wz) {
		if (nxy == 0) {
			for (int c = from; c < to; c++) {
				b[c] += pre * (wx * (m[c - 1] + m[c + 1] - 2 * m[c]) + wy * (m[c - nx] + m[c + nx] - 2 * m[c]));
			}
			return;
		}
		for (int c = from; c < to; c++) {
			b[c] += pre * (wx * (m[c - 1] + m[c + 1] - 2 * m[c]) + wy * (m[c - nx] + m[c + nx] - 2 * m[c])
					+ wz * (m[c - nxy] + m[c + nxy] - 2 * m[c]));
		}
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
