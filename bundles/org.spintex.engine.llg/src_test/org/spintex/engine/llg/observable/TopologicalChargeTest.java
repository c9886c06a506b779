package org.spintex.engine.llg.observable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spintex.core.math.Vector3;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.texture.SkyrmionTexture;

class TopologicalChargeTest {

	private static final double NM = 1e-9;
	private static final Mesh MESH = new Mesh(128, 128, 1, 1 * NM, 1 * NM, 1 * NM);

	/**
	 * For m = (sin θ cos(Wφ+η), sin θ sin(Wφ+η), m_z(θ)) the integrand reduces to a total derivative
	 * and Q = (W/2)[m_z(0) − m_z(∞)] = W·p for core polarity p, whatever the helicity and profile.
	 */
	@ParameterizedTest(name = "W={0}, eta={1}, p={2}")
	@CsvSource({ "1, 0, -1", "1, 1.5707963267948966, -1", "-1, 0, -1", "1, 0, 1", "-1, 0.3, 1", "2, 0, -1" })
	void skyrmionChargeIsVorticityTimesPolarity(int vorticity, double helicity, int polarity) {
		VectorField m = new VectorField(MESH);
		new SkyrmionTexture(64 * NM, 64 * NM, 10 * NM, 4 * NM, vorticity, helicity, polarity).writeInto(m);
		assertEquals(vorticity * polarity, TopologicalCharge.ofLayer(m, 0), 1e-6);
	}

	@Test
	void chargeDoesNotDependOnResolution() {
		// 4 cells across the wall are enough for the lattice charge to stay an integer
		Mesh coarse = new Mesh(32, 32, 1, 4 * NM, 4 * NM, 1 * NM);
		VectorField m = new VectorField(coarse);
		SkyrmionTexture.neel(64 * NM, 64 * NM, 10 * NM, 4 * NM).writeInto(m);
		assertEquals(-1, TopologicalCharge.ofLayer(m, 0), 1e-6);
	}

	@Test
	void uniformStateHasNoCharge() {
		VectorField m = new VectorField(MESH);
		for (int c = 0; c < MESH.cellCount(); c++) {
			m.set(c, new Vector3(0.6, 0, 0.8));
		}
		assertEquals(0, TopologicalCharge.ofLayer(m, 0), 0);
	}

	@Test
	void halfOfASkyrmionCarriesHalfTheCharge() {
		// the last column of cell centres lies on the line x = centre: the lattice then covers exactly
		// half of the mirror-symmetric charge density (not protected by topology: discretisation error)
		Mesh half = new Mesh(64, 128, 1, 1 * NM, 1 * NM, 1 * NM);
		VectorField m = new VectorField(half);
		SkyrmionTexture.neel(63.5 * NM, 63.5 * NM, 10 * NM, 4 * NM).writeInto(m);
		assertEquals(-0.5, TopologicalCharge.ofLayer(m, 0), 2e-3);
	}
}
