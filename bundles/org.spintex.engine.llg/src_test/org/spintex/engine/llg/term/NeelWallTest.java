package org.spintex.engine.llg.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spintex.core.results.RunControl;
import org.spintex.engine.llg.Fixtures;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.solver.EnergyMinimizer;
import org.spintex.engine.llg.solver.LlgEquation;

/**
 * A domain wall between up and down domains of a uniaxial wire has the profile
 * θ(x) = 2 arctan e^((x − x₀)/Δ), i.e. m_z = −tanh((x − x₀)/Δ), with width Δ = √(A/K) (Landau and
 * Lifshitz 1935). Interfacial DMI below its threshold does not change the profile (its energy density
 * is a total derivative for a Néel rotation) but selects the Néel type with a fixed chirality.
 */
class NeelWallTest {

	private static final double NM = Fixtures.NM;

	@Test
	void wallHasTheTanhProfileWithWidthSqrtAOverK() {
		double a = 13e-12, k = 0.5e6, d = 1e-3;
		Mesh mesh = new Mesh(240, 1, 1, 0.5 * NM, 0.5 * NM, 0.5 * NM, false, true);
		Magnet magnet = Fixtures.box(mesh, 800e3, 0.5);
		BoundaryCondition boundary = BoundaryCondition.withDmi(mesh, DmiClass.INTERFACIAL, d, a);
		LlgEquation equation = new LlgEquation(magnet)
				.add(new ExchangeField(magnet, a, boundary))
				.add(new DmiField(magnet, DmiClass.INTERFACIAL, d, boundary))
				.add(new UniaxialAnisotropyField(magnet, k, 0, 0, 0, 1));
		VectorField m = new VectorField(mesh);
		for (int i = 0; i < 240; i++) {
			double x = mesh.centreX(i) - 60 * NM;
			double theta = 2 * Math.atan(Math.exp(x / (2 * NM)));
			m.set(i, Math.sin(theta) * 0.9, Math.sin(theta) * 0.4, Math.cos(theta));
		}
		magnet.normalise(m);
		new EnergyMinimizer(1e-10, 200_000).minimize(equation, m, RunControl.NONE);

		// the wall centre by interpolation of m_z = 0
		double x0 = Double.NaN;
		for (int i = 0; i + 1 < 240; i++) {
			if (m.z[i] > 0 && m.z[i + 1] <= 0) {
				x0 = mesh.centreX(i) + mesh.cellXMetre() * m.z[i] / (m.z[i] - m.z[i + 1]);
			}
		}
		double width = Math.sqrt(a / k);
		double worst = 0, worstMy = 0;
		for (int i = 40; i < 200; i++) {
			double expected = -Math.tanh((mesh.centreX(i) - x0) / width);
			worst = Math.max(worst, Math.abs(m.z[i] - expected));
			worstMy = Math.max(worstMy, Math.abs(m.y[i]));
		}
		assertTrue(worst < 2e-3, "largest deviation from −tanh((x − x₀)/√(A/K)): " + worst);
		assertTrue(worstMy < 1e-6, "the DMI makes it a Néel wall (m_y = 0), largest |m_y| " + worstMy);
		// fitted width from the slope at the centre, dm_z/dx = −1/Δ
		int c = (int) Math.floor(x0 / mesh.cellXMetre());
		double slope = (m.z[c + 1] - m.z[c - 1]) / (2 * mesh.cellXMetre());
		assertEquals(width, -1 / slope, 0.01 * width);
	}
}
