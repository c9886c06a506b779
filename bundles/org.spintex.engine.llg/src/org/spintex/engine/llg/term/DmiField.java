package org.spintex.engine.llg.term;

import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.FilmLayers;
import org.spintex.engine.llg.model.Magnet;

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
	private final double dmiJPerM2;
	private final BoundaryCondition boundary;
	private final FilmLayers layers;

	public DmiField(Magnet magnet, DmiClass dmiClass, double dmiJPerM2, BoundaryCondition boundary) {
		this(magnet, dmiClass, dmiJPerM2, boundary, FilmLayers.whole(magnet.mesh()));
	}

	/** The DMI of one film of a stack, whose bottom and top are free surfaces of its boundary condition. */
	public DmiField(Magnet magnet, DmiClass dmiClass, double dmiJPerM2, BoundaryCondition boundary, FilmLayers layers) {
		this.layers = layers;
		this.magnet = magnet;
		this.dmiClass = dmiClass;
		this.dmiJPerM2 = dmiJPerM2;
		this.boundary = boundary;
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
		return 2 * Math.abs(dmiJPerM2) / magnet.smallestMs() * Math.sqrt(magnet.mesh().inverseSquaredSpacingPerM2());
	}

	@Override
	public void addField(double timeSecond, VectorField m, VectorField b) {
		Mesh mesh = magnet.mesh();
		double[] ms = magnet.ms(), inverseMs = magnet.inverseMs();
		double[][] v = { dmiClass.lifshitzVector(0), dmiClass.lifshitzVector(1), dmiClass.lifshitzVector(2) };
		double[] inverseTwoCell = { 0.5 / mesh.cellXMetre(), 0.5 / mesh.cellYMetre(), 0.5 / mesh.cellZMetre() };
		NeighbourStencil.forEachMagneticCell(magnet, boundary, layers, m, (c, nb) -> {
			double bx = 0, by = 0, bz = 0;
			for (int axis = 0; axis < 3; axis++) {
				double[] va = v[axis];
				if (va[0] == 0 && va[1] == 0 && va[2] == 0) {
					continue;
				}
				int plus = 6 * axis, minus = plus + 3;
				double h = inverseTwoCell[axis];
				double dx = (nb[plus] - nb[minus]) * h;
				double dy = (nb[plus + 1] - nb[minus + 1]) * h;
				double dz = (nb[plus + 2] - nb[minus + 2]) * h;
				// vᵢ × ∂ᵢm
				bx += va[1] * dz - va[2] * dy;
				by += va[2] * dx - va[0] * dz;
				bz += va[0] * dy - va[1] * dx;
			}
			double pre = -2 * dmiJPerM2 * inverseMs[c];
			b.x[c] += pre * bx;
			b.y[c] += pre * by;
			b.z[c] += pre * bz;
		});
	}

	@Override
	public double energyJoule(VectorField m, VectorField ownField) {
		return EnergyIntegral.ofDegree(2, magnet, m, ownField);
	}
}
