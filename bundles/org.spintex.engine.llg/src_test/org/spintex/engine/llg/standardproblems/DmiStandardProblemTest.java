package org.spintex.engine.llg.standardproblems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spintex.core.parallel.CellLoops;
import org.spintex.core.results.RunControl;
import org.spintex.engine.llg.Fixtures;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.mesh.Shape;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.observable.SkyrmionGeometry;
import org.spintex.engine.llg.solver.EnergyMinimizer;
import org.spintex.engine.llg.solver.LlgEquation;
import org.spintex.engine.llg.solver.Relaxation;
import org.spintex.engine.llg.term.BoundaryCondition;
import org.spintex.engine.llg.term.DmiClass;
import org.spintex.engine.llg.term.DmiField;
import org.spintex.engine.llg.term.ExchangeField;
import org.spintex.engine.llg.term.UniaxialAnisotropyField;
import org.spintex.engine.llg.texture.SkyrmionTexture;

/**
 * The DMI standard problem of Cortés-Ortuño et al., New J. Phys. 20, 113015 (2018), interfacial case,
 * against the profiles of its supplement (testdata/dmi-standard-problem, source in its README).
 * The paper writes the Lifshitz invariants as mₓ∂ₓm_z − m_z∂ₓmₓ, the opposite sign of
 * {@link DmiClass#INTERFACIAL}, so its D = +3 mJ/m² is D = −3 mJ/m² here.
 */
class DmiStandardProblemTest {

	private static final double NM = Fixtures.NM;
	private static final double A = 13e-12, D = -3e-3, KU = 0.4e6, MS = 0.86e6;

	private static LlgEquation chiralMagnet(Magnet magnet) {
		BoundaryCondition boundary = BoundaryCondition.withDmi(magnet.mesh(), DmiClass.INTERFACIAL, D, A);
		return new LlgEquation(magnet)
				.add(new ExchangeField(magnet, A, boundary))
				.add(new DmiField(magnet, DmiClass.INTERFACIAL, D, boundary))
				.add(new UniaxialAnisotropyField(magnet, KU, 0, 0, 0, 1));
	}

	private static List<double[]> reference(String file) throws IOException {
		return Files.readAllLines(Path.of("testdata/dmi-standard-problem", file)).stream()
				.filter(l -> !l.isBlank())
				.map(l -> l.trim().split("\\s+"))
				.map(p -> new double[] { Double.parseDouble(p[0]), Double.parseDouble(p[1]) })
				.toList();
	}

	@Test
	void oneDimensionalWireCantsAtItsEdges() throws IOException {
		// the 1D problem has no y dependence: periodic along y, so that no lateral DMI boundary appears
		Mesh mesh = new Mesh(100, 1, 1, 1 * NM, 1 * NM, 1 * NM, false, true);
		Magnet magnet = Fixtures.box(mesh, MS, 0.5);
		LlgEquation equation = chiralMagnet(magnet);
		VectorField m = magnet.uniform(0, 0, 1);
		new EnergyMinimizer(1e-9, 200_000).minimize(equation, m, RunControl.NONE);

		// same discretisation as MuMax3 and OOMMF: compare cell by cell
		for (String code : new String[] { "mumax3", "oommf" }) {
			List<double[]> ref = reference("result_1d_x-mx_interfacial_" + code + ".txt");
			for (int i = 0; i < 100; i++) {
				assertEquals(ref.get(i)[1], m.x[i], 2e-3, code + " at x = " + ref.get(i)[0] + " nm");
			}
		}
		// the edge angle, extrapolated from the two outer cells, against the continuum result
		// sin θ_edge = √(A/K)/ξ with ξ = 2A/|D| (Rohart and Thiaville, PRB 88, 184422 (2013)), which the
		// paper's ODE profile reproduces: m_x(−50 nm) = −0.6578
		double theta0 = Math.asin(m.x[0]), theta1 = Math.asin(m.x[1]);
		double edge = theta0 + (theta0 - theta1) / 2;
		double expected = -Math.asin(Math.sqrt(A / KU) * Math.abs(D) / (2 * A));
		assertEquals(expected, edge, 1e-2);
		assertEquals(reference("result_1d_x-mx_interfacial_ODE.txt").get(0)[1], Math.sin(edge), 1e-2);
		// and it is mirrored at the other end
		assertEquals(-m.x[0], m.x[99], 1e-9);
	}

	@Test
	void skyrmionInADiskHasTheReferenceRadius() throws IOException {
		Mesh mesh = new Mesh(50, 50, 1, 2 * NM, 2 * NM, 2 * NM);
		Magnet magnet = Magnet.of(mesh, new Shape.Disk(100 * NM), MS, 0.5, Fixtures.GAMMA, CellLoops.sequential());
		LlgEquation equation = chiralMagnet(magnet);
		VectorField m = magnet.uniform(0, 0, -1);
		// core up in a down background, as in the paper's initial state (core of radius 25 nm)
		SkyrmionTexture initial = new SkyrmionTexture(50 * NM, 50 * NM, 25 * NM, 3 * NM, 1, 0, 1);
		for (int c = 0; c < m.cellCount(); c++) {
			if (magnet.isMagnetic(c)) {
				m.set(c, initial.direction(mesh.centreX(mesh.i(c)), mesh.centreY(mesh.j(c))));
			}
		}
		new EnergyMinimizer(1e-9, 200_000).minimize(equation, m, RunControl.NONE);
		new Relaxation(1e-7, 2_000_000).relax(equation, m, RunControl.NONE);
		double radius = SkyrmionGeometry.radius(magnet, m, 50 * NM, 50 * NM, 0);
		System.out.printf("DMI standard problem: skyrmion radius %.3f nm (OOMMF 21.871, MuMax3 22.094, ODE 22.030)%n", radius / NM);
		assertTrue(radius > 21.8 * NM && radius < 22.2 * NM, "radius " + radius / NM + " nm");
		// the profile along the radius, against the ODE solution of the paper
		List<double[]> ode = reference("result_2d_r-mz_interfacial_ODE.txt");
		double worst = 0;
		for (int i = 25; i < 50; i++) {
			double r = (mesh.centreX(i) - 50 * NM) / NM;
			double mz = 0.5 * (m.z[mesh.index(i, 24, 0)] + m.z[mesh.index(i, 25, 0)]);
			worst = Math.max(worst, Math.abs(mz - interpolate(ode, Math.hypot(r, 1))));
		}
		assertTrue(worst < 0.05, "largest |Δm_z| from the ODE profile " + worst);
	}

	private static double interpolate(List<double[]> table, double x) {
		for (int i = 0; i + 1 < table.size(); i++) {
			double[] a = table.get(i), b = table.get(i + 1);
			if (x >= a[0] && x <= b[0]) {
				return a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0]);
			}
		}
		return table.get(table.size() - 1)[1];
	}
}
