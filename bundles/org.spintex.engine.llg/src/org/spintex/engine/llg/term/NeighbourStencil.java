package org.spintex.engine.llg.term;

import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.FilmLayers;
import org.spintex.engine.llg.model.Regions;
import org.spintex.engine.llg.model.Magnet;

/**
 * The six nearest-neighbour values of m around a cell, with ghost values from the
 * {@link BoundaryCondition} where a neighbour is missing (open edge or empty cell) and wrap-around
 * along periodic axes. Exchange, DMI and the spin-transfer torques all read m through it, so the
 * boundary is treated the same way everywhere. The stencil of one film of a stack ({@link FilmLayers}) sees the
 * layers beyond the film as missing too: its bottom and top are free surfaces. One instance per thread: it holds
 * scratch values.
 */
public final class NeighbourStencil {

	private final Mesh mesh;
	private final double[] ms;
	/** The boundary condition of each region; the cell's own region's gives its ghosts. */
	private final BoundaryCondition[] boundaryByRegion;
	private final Regions regions;
	private BoundaryCondition boundary;
	private final int firstLayer;
	private final int endLayer;
	/** Neighbour values: value[3·direction + component]. */
	public final double[] value = new double[18];
	/** The neighbour cell in each direction, −1 where the value is a ghost. */
	private final int[] neighbour = new int[6];

	public NeighbourStencil(Magnet magnet, BoundaryCondition boundary) {
		this(magnet, boundary, FilmLayers.whole(magnet.mesh()));
	}

	/** The stencil of one film: neighbours outside its layers are missing. */
	public NeighbourStencil(Magnet magnet, BoundaryCondition boundary, FilmLayers layers) {
		this(magnet, new BoundaryCondition[] { boundary }, null, layers);
	}

	/** The stencil of a film of several regions, each with its boundary condition ({@code regions} null: one). */
	public NeighbourStencil(Magnet magnet, BoundaryCondition[] boundaryByRegion, Regions regions, FilmLayers layers) {
		this.mesh = magnet.mesh();
		this.ms = magnet.ms();
		this.boundaryByRegion = boundaryByRegion;
		this.regions = regions == null || regions.uniform() ? null : regions;
		this.boundary = boundaryByRegion[0];
		this.firstLayer = layers.firstLayer();
		this.endLayer = layers.endLayer();
	}

	/** Loads the neighbours of the cell (i, j, k) with flat index {@code c}. */
	public void load(VectorField m, int c, int i, int j, int k) {
		int nx = mesh.nx(), ny = mesh.ny(), nxy = nx * ny;
		if (regions != null) {
			boundary = boundaryByRegion[regions.of(c)];
		}
		double mx = m.x[c], my = m.y[c], mz = m.z[c];
		put(m, BoundaryCondition.PLUS_X, i + 1 < nx ? c + 1 : mesh.periodicX() ? c + 1 - nx : -1, mx, my, mz);
		put(m, BoundaryCondition.MINUS_X, i > 0 ? c - 1 : mesh.periodicX() ? c - 1 + nx : -1, mx, my, mz);
		put(m, BoundaryCondition.PLUS_Y, j + 1 < ny ? c + nx : mesh.periodicY() ? c + nx - nxy : -1, mx, my, mz);
		put(m, BoundaryCondition.MINUS_Y, j > 0 ? c - nx : mesh.periodicY() ? c - nx + nxy : -1, mx, my, mz);
		put(m, BoundaryCondition.PLUS_Z, k + 1 < endLayer ? c + nxy : -1, mx, my, mz);
		put(m, BoundaryCondition.MINUS_Z, k > firstLayer ? c - nxy : -1, mx, my, mz);
	}

	private void put(VectorField m, int direction, int nb, double mx, double my, double mz) {
		int o = 3 * direction;
		neighbour[direction] = nb >= 0 && ms[nb] != 0 ? nb : -1;
		if (nb >= 0 && ms[nb] != 0) {
			value[o] = m.x[nb];
			value[o + 1] = m.y[nb];
			value[o + 2] = m.z[nb];
		} else {
			value[o] = boundary.ghost(direction, 0, mx, my, mz);
			value[o + 1] = boundary.ghost(direction, 1, mx, my, mz);
			value[o + 2] = boundary.ghost(direction, 2, mx, my, mz);
		}
	}

	/** Receives a magnetic cell and its six neighbour values (see {@link #value}). */
	@FunctionalInterface
	public interface CellVisitor {
		void visit(int cell, double[] neighbours);
	}

	/**
	 * Visits every magnetic cell of m with its neighbours loaded under {@code boundary}, rows in
	 * parallel: the loop shared by the stencil terms, torques and observables. Visitors write only to
	 * their own cell.
	 */
	public static void forEachMagneticCell(Magnet magnet, BoundaryCondition boundary, VectorField m, CellVisitor visitor) {
		forEachMagneticCell(magnet, boundary, FilmLayers.whole(magnet.mesh()), m, visitor);
	}

	/** {@link #forEachMagneticCell} over the cells of one film, with its stencil. */
	public static void forEachMagneticCell(Magnet magnet, BoundaryCondition boundary, FilmLayers layers, VectorField m,
			CellVisitor visitor) {
		forEachMagneticCell(magnet, new BoundaryCondition[] { boundary }, null, layers, m, visitor);
	}

	/** {@link #forEachMagneticCell} over the cells of one film of several regions, each with its boundary condition. */
	public static void forEachMagneticCell(Magnet magnet, BoundaryCondition[] boundaryByRegion, Regions regions,
			FilmLayers layers, VectorField m, CellVisitor visitor) {
		Mesh mesh = magnet.mesh();
		int nx = mesh.nx(), ny = mesh.ny();
		double[] ms = magnet.ms();
		magnet.forEachRow(layers, (firstRow, endRow) -> {
			NeighbourStencil s = new NeighbourStencil(magnet, boundaryByRegion, regions, layers);
			for (int row = firstRow; row < endRow; row++) {
				int j = row % ny, k = row / ny, first = row * nx;
				for (int i = 0; i < nx; i++) {
					int c = first + i;
					if (ms[c] != 0) {
						s.load(m, c, i, j, k);
						visitor.visit(c, s.value);
					}
				}
			}
		});
	}

	/** The neighbour cell in {@code direction} of the cell last loaded, −1 where its value is a ghost. */
	public int neighbour(int direction) {
		return neighbour[direction];
	}

	/** Component {@code component} of the neighbour in {@code direction}. */
	public double get(int direction, int component) {
		return value[3 * direction + component];
	}
}
