package org.spintex.engine.llg.observable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spintex.core.topology.SkyrmionCentres;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.texture.SkyrmionTexture;

/**
 * Several textures in one film are told apart: a skyrmion and an antiskyrmion side by side are
 * found at the centres they were written at (a radially symmetric texture's guiding centre is its
 * centre), with charges +1 and −1 (core up in a down background: Q = p·v with vorticity v = ±1, the
 * sign convention of {@link TopologicalCharge}). The clustering is the core's, shared with the Texture view.
 */
class SkyrmionCentresTest {

	private static final double NM = 1e-9;

	@Test
	void aSkyrmionAndAnAntiskyrmionAreFoundWhereTheyWereWritten() {
		Mesh mesh = new Mesh(128, 64, 1, NM, NM, NM);
		VectorField m = new VectorField(mesh);
		SkyrmionTexture skyrmion = new SkyrmionTexture(30.3 * NM, 40.7 * NM, 8 * NM, 3 * NM, 1, 0, 1);
		SkyrmionTexture antiskyrmion = new SkyrmionTexture(95.2 * NM, 22.4 * NM, 8 * NM, 3 * NM, -1, 0, 1);
		for (int j = 0; j < mesh.ny(); j++) {
			for (int i = 0; i < mesh.nx(); i++) {
				SkyrmionTexture here = i < mesh.nx() / 2 ? skyrmion : antiskyrmion;
				m.set(mesh.index(i, j, 0), here.direction(mesh.centreX(i), mesh.centreY(j)));
			}
		}
		List<SkyrmionCentres.Centre> centres = SkyrmionCentres.of(TopologicalCharge.grid(m), 0);
		assertEquals(2, centres.size(), centres.toString());
		SkyrmionCentres.Centre left = centres.stream().filter(c -> c.xMetre() < 64 * NM).findFirst().orElseThrow();
		SkyrmionCentres.Centre right = centres.stream().filter(c -> c.xMetre() > 64 * NM).findFirst().orElseThrow();
		assertEquals(30.3, left.xMetre() / NM, 0.05);
		assertEquals(40.7, left.yMetre() / NM, 0.05);
		assertEquals(95.2, right.xMetre() / NM, 0.05);
		assertEquals(22.4, right.yMetre() / NM, 0.05);
		assertEquals(1, left.charge(), 0.02);
		assertEquals(-1, right.charge(), 0.02);
		assertEquals(TopologicalCharge.ofLayer(m, 0), left.charge() + right.charge(), 0.02,
				"the clusters hold the film's charge");
	}

	@Test
	void aUniformFilmHasNoCentres() {
		VectorField m = new VectorField(new Mesh(16, 16, 1, NM, NM, NM));
		for (int c = 0; c < m.cellCount(); c++) {
			m.z[c] = 1;
		}
		assertTrue(SkyrmionCentres.of(TopologicalCharge.grid(m), 0).isEmpty());
	}
}
