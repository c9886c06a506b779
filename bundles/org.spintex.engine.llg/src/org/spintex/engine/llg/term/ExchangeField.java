package org.spintex.engine.llg.term;

import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;

/**
 * Heisenberg exchange E = A ∫ |∇m|² dV, field B = (2A/Ms) ∇²m with the 6-point Laplacian.
 * Missing neighbours take the ghost values of the {@link BoundaryCondition} (Neumann, or the
 * DMI-modified free boundary, which is what makes edge canting come out right).
 */
public final class ExchangeField implements FieldTerm {

	private final Magnet magnet;
	private final double exchangeJPerM;
	private final BoundaryCondition boundary;

	public ExchangeField(Magnet magnet, double exchangeJPerM, BoundaryCondition boundary) {
		if (!(exchangeJPerM >= 0)) {
			throw new IllegalArgumentException("the exchange stiffness must be non-negative, got " + exchangeJPerM + " J/m");
		}
		this.magnet = magnet;
		this.exchangeJPerM = exchangeJPerM;
		this.boundary = boundary;
	}

	@Override
	public String name() {
		return "exchange";
	}

	@Override
	public void addField(double timeSecond, VectorField m, VectorField b) {
		Mesh mesh = magnet.mesh();
		int nx = mesh.nx(), ny = mesh.ny();
		double[] ms = magnet.ms();
		double wx = 1 / (mesh.cellXMetre() * mesh.cellXMetre());
		double wy = 1 / (mesh.cellYMetre() * mesh.cellYMetre());
		double wz = 1 / (mesh.cellZMetre() * mesh.cellZMetre());
		magnet.forEachRow((firstRow, endRow) -> {
			NeighbourStencil s = new NeighbourStencil(magnet, boundary);
			double[] v = s.value;
			for (int row = firstRow; row < endRow; row++) {
				int j = row % ny, k = row / ny, base = row * nx;
				for (int i = 0; i < nx; i++) {
					int c = base + i;
					if (ms[c] == 0) {
						continue;
					}
					s.load(m, c, i, j, k);
					double pre = 2 * exchangeJPerM / ms[c];
					double mx = m.x[c], my = m.y[c], mz = m.z[c];
					b.x[c] += pre * (wx * (v[0] + v[3] - 2 * mx) + wy * (v[6] + v[9] - 2 * mx) + wz * (v[12] + v[15] - 2 * mx));
					b.y[c] += pre * (wx * (v[1] + v[4] - 2 * my) + wy * (v[7] + v[10] - 2 * my) + wz * (v[13] + v[16] - 2 * my));
					b.z[c] += pre * (wx * (v[2] + v[5] - 2 * mz) + wy * (v[8] + v[11] - 2 * mz) + wz * (v[14] + v[17] - 2 * mz));
				}
			}
		});
	}

	@Override
	public double energyJoule(VectorField m, VectorField ownField) {
		return EnergyIntegral.ofDegree(2, magnet, m, ownField);
	}
}
