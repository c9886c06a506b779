package org.spintex.engine.llg.term;

import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.FilmLayers;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.model.Regions;

/**
 * Dzyaloshinskii–Moriya interaction of any {@link DmiClass}: B = −(2D/Ms) Σᵢ vᵢ × ∂ᵢm with central
 * differences. For the interfacial class this is B = (2D/Ms)(∂ₓm_z, ∂ᵧm_z, −∂ₓmₓ − ∂ᵧmᵧ), as in
 * MuMax3. Neighbours beyond the boundary are the ghost values of the DMI free boundary condition, the
 * same ones the exchange stencil sees. The sign convention of D is the one written in {@link DmiClass};
 * the DMI standard problem of Cortés-Ortuño et al. (2018) writes the Lifshitz invariants with the
 * opposite sign.
 */
public final class DmiField implements FieldTerm {

	private final Magnet magnet;
	private final DmiClass dmiClass;
	/** D of each region, J/m². */
	private final double[] dmiJPerM2;
	private final BoundaryCondition[] boundary;
	private final Regions regions;
	private final FilmLayers layers;

	public DmiField(Magnet magnet, DmiClass dmiClass, double dmiJPerM2, BoundaryCondition boundary) {
		this(magnet, dmiClass, dmiJPerM2, boundary, FilmLayers.whole(magnet.mesh()));
	}

	/** The DMI of one film of a stack, whose bottom and top are free surfaces of its boundary condition. */
	public DmiField(Magnet magnet, DmiClass dmiClass, double dmiJPerM2, BoundaryCondition boundary, FilmLayers layers) {
		this(magnet, dmiClass, new double[] { dmiJPerM2 }, new BoundaryCondition[] { boundary }, Regions.single(magnet, layers),
				layers);
	}

	/**
	 * The DMI of a film of several regions, D and the boundary condition per region. The bond between cells of two
	 * regions carries D₁₂ = 2D₁D₂/(D₁ + D₂) (0 when the signs differ or one is 0), the rule of the exchange, so that the
	 * discrete operator stays symmetric and its energy is −½∫Ms m·B.
	 */
	public DmiField(Magnet magnet, DmiClass dmiClass, double[] dmiJPerM2, BoundaryCondition[] boundary, Regions regions,
			FilmLayers layers) {
		if (dmiJPerM2.length != regions.count() || boundary.length != regions.count()) {
			throw new IllegalArgumentException("one DMI constant and boundary condition per region are needed");
		}
		this.magnet = magnet;
		this.dmiClass = dmiClass;
		this.dmiJPerM2 = dmiJPerM2.clone();
		this.boundary = boundary.clone();
		this.regions = regions;
		this.layers = layers;
	}

	@Override
	public java.util.Optional<String> film() {
		return layers.film();
	}

	@Override
	public String name() {
		return "dmi";
	}

	/**
	 * (2|D|/Ms)·√(Σ1/h²): the field is D times first differences of m, whose symbol at wavevector k has the
	 * eigenvalues ±|sin(kh)/h| (central differences), at most √(Σ1/h²) over the axes with neighbours.
	 */
	@Override
	public double precessionBoundTesla() {
		double largest = 0;
		for (double d : dmiJPerM2) {
			largest = Math.max(largest, Math.abs(d));
		}
		return 2 * largest / magnet.smallestMs() * Math.sqrt(magnet.mesh().inverseSquaredSpacingPerM2());
	}

	/** The D of a bond between regions a and b. */
	static double bond(double a, double b) {
		return a * b > 0 ? 2 * a * b / (a + b) : 0;
	}

	@Override
	public void addField(double timeSecond, VectorField m, VectorField b) {
		Mesh mesh = magnet.mesh();
		double[] inverseMs = magnet.inverseMs();
		double[][] v = { dmiClass.lifshitzVector(0), dmiClass.lifshitzVector(1), dmiClass.lifshitzVector(2) };
		double[] inverseTwoCell = { 0.5 / mesh.cellXMetre(), 0.5 / mesh.cellYMetre(), 0.5 / mesh.cellZMetre() };
		boolean uniform = regions.uniform();
		int nx = mesh.nx(), ny = mesh.ny();
		double[] ms = magnet.ms();
		magnet.forEachRow(layers, (firstRow, endRow) -> {
			NeighbourStencil s = new NeighbourStencil(magnet, boundary, regions, layers);
			double[] nb = s.value;
			for (int row = firstRow; row < endRow; row++) {
				int j = row % ny, k = row / ny;
				for (int i = 0; i < nx; i++) {
					int c = row * nx + i;
					if (ms[c] == 0) {
						continue;
					}
					int r = uniform ? 0 : regions.of(c);
					double own = dmiJPerM2[r];
					if (own == 0) {
						continue; // a region without DMI: its bonds carry none either
					}
					s.load(m, c, i, j, k);
					double bx = 0, by = 0, bz = 0;
					for (int axis = 0; axis < 3; axis++) {
						double[] va = v[axis];
						if (va[0] == 0 && va[1] == 0 && va[2] == 0) {
							continue;
						}
						int plus = 6 * axis, minus = plus + 3;
						double h = inverseTwoCell[axis];
						// D of the bonds to the two neighbours along the axis (the cell's own towards a ghost)
						double dPlus = 1, dMinus = 1;
						if (!uniform) {
							int np = s.neighbour(2 * axis), nm = s.neighbour(2 * axis + 1);
							dPlus = (np < 0 ? own : bond(own, dmiJPerM2[regions.of(np)])) / own;
							dMinus = (nm < 0 ? own : bond(own, dmiJPerM2[regions.of(nm)])) / own;
						}
						double dx = (dPlus * nb[plus] - dMinus * nb[minus]) * h;
						double dy = (dPlus * nb[plus + 1] - dMinus * nb[minus + 1]) * h;
						double dz = (dPlus * nb[plus + 2] - dMinus * nb[minus + 2]) * h;
						// vᵢ × ∂ᵢm
						bx += va[1] * dz - va[2] * dy;
						by += va[2] * dx - va[0] * dz;
						bz += va[0] * dy - va[1] * dx;
					}
					double pre = -2 * own * inverseMs[c];
					b.x[c] += pre * bx;
					b.y[c] += pre * by;
					b.z[c] += pre * bz;
				}
			}
		});
	}

	@Override
	public double energyJoule(VectorField m, VectorField ownField) {
		return EnergyIntegral.ofDegree(2, magnet, m, ownField);
	}
}
