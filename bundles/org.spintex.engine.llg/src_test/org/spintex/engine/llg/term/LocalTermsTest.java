package org.spintex.engine.llg.term;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.engine.llg.Fixtures;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;

/** Uniform-state energies and H = −δE/δM by finite differences for the local and stencil terms. */
class LocalTermsTest {

	private static final double NM = Fixtures.NM;
	private static final double MS = 600e3;

	private static double energy(FieldTerm term, VectorField m) {
		VectorField b = new VectorField(m.mesh());
		term.addField(0, m, b);
		return term.energyJoule(m, b);
	}

	@Test
	void uniformStatesHaveTheTextbookEnergies() {
		Mesh mesh = new Mesh(8, 6, 2, 2 * NM, 2 * NM, 1 * NM);
		Magnet magnet = Fixtures.box(mesh, MS, 0.1);
		double volume = mesh.cellCount() * mesh.cellVolume();
		double theta = 0.3;
		VectorField m = magnet.uniform(Math.sin(theta), 0, Math.cos(theta));
		assertEquals(0, energy(new ExchangeField(magnet, 13e-12, BoundaryCondition.neumann()), m), 1e-30);
		assertEquals(-5e5 * Math.pow(Math.cos(theta), 2) * volume, energy(new UniaxialAnisotropyField(magnet, 5e5, 0, 0, 0, 1), m), 1e-12 * 5e5 * volume);
		double b = 0.05;
		assertEquals(-MS * b * Math.cos(theta) * volume, energy(ZeemanField.constant(magnet, new Vector3(0, 0, b)), m), 1e-12 * MS * b * volume);
		// cubic: along a body diagonal every a_i² = 1/3, so E = K_c V / 3
		VectorField diagonal = magnet.uniform(1, 1, 1);
		assertEquals(4.8e4 * volume / 3, energy(new CubicAnisotropyField(magnet, 4.8e4, new double[] { 1, 0, 0 }, new double[] { 0, 1, 0 }), diagonal), 1e-10 * 4.8e4 * volume);
	}

	@Test
	void exchangeOfASpiralIsAQ2() {
		// m = (cos kx, sin kx, 0) on a periodic wire: E = A k² V up to the discretisation (2/Δ sin(kΔ/2))²
		int n = 64;
		double dx = 1 * NM;
		Mesh mesh = new Mesh(n, 1, 1, dx, 1 * NM, 1 * NM, true, false);
		Magnet magnet = Fixtures.box(mesh, MS, 0.1);
		double k = 2 * Math.PI * 4 / (n * dx);
		VectorField m = new VectorField(mesh);
		for (int i = 0; i < n; i++) {
			m.set(i, Math.cos(k * mesh.centreX(i)), Math.sin(k * mesh.centreX(i)), 0);
		}
		double a = 13e-12;
		double kDiscrete = 2 / dx * Math.sin(k * dx / 2);
		double volume = n * mesh.cellVolume();
		assertEquals(a * kDiscrete * kDiscrete * volume, energy(new ExchangeField(magnet, a, BoundaryCondition.neumann()), m), 1e-12 * a * k * k * volume);
	}

	@Test
	void fieldsAreMinusTheEnergyGradient() {
		// δE = −Ms V B·δm for a perturbation of one cell: checks that each stencil is the gradient of its energy
		Mesh mesh = new Mesh(6, 5, 3, 2 * NM, 1.5 * NM, 1 * NM, true, true);
		Magnet magnet = Fixtures.box(mesh, MS, 0.1);
		VectorField m = new VectorField(mesh);
		java.util.SplittableRandom random = new java.util.SplittableRandom(7);
		for (int c = 0; c < m.cellCount(); c++) {
			m.set(c, random.nextDouble(-1, 1), random.nextDouble(-1, 1), random.nextDouble(-1, 1));
		}
		magnet.normalise(m);
		FieldTerm[] terms = {
				new ExchangeField(magnet, 13e-12, BoundaryCondition.neumann()),
				new DmiField(magnet, DmiClass.INTERFACIAL, 3e-3, BoundaryCondition.neumann()),
				new DmiField(magnet, DmiClass.BULK, -2e-3, BoundaryCondition.neumann()),
				new DmiField(magnet, DmiClass.D2D, 1e-3, BoundaryCondition.neumann()),
				new UniaxialAnisotropyField(magnet, 4e5, 1e5, 0.2, 0.1, 1),
				new CubicAnisotropyField(magnet, -3e4, new double[] { 1, 1, 0 }, new double[] { -1, 1, 0 }),
				new DemagField(magnet) };
		int cell = mesh.index(2, 3, 1);
		double h = 1e-6;
		for (FieldTerm term : terms) {
			VectorField b = new VectorField(mesh);
			term.addField(0, m, b);
			double[] gradient = new double[3];
			for (int comp = 0; comp < 3; comp++) {
				double[] arr = comp == 0 ? m.x : comp == 1 ? m.y : m.z;
				double saved = arr[cell];
				arr[cell] = saved + h;
				double plus = energy(term, m);
				arr[cell] = saved - h;
				double minus = energy(term, m);
				arr[cell] = saved;
				gradient[comp] = (plus - minus) / (2 * h);
			}
			double scale = MS * mesh.cellVolume();
			double[] expected = { -scale * b.x[cell], -scale * b.y[cell], -scale * b.z[cell] };
			double norm = Math.sqrt(expected[0] * expected[0] + expected[1] * expected[1] + expected[2] * expected[2]);
			for (int comp = 0; comp < 3; comp++) {
				assertEquals(expected[comp], gradient[comp], 1e-6 * norm, term.name() + " component " + comp);
			}
		}
	}
}
