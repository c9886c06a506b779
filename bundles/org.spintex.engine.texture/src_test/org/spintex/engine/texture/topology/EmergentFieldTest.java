package org.spintex.engine.texture.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.spintex.core.physics.PhysicalConstants;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.Magnet;

/** The emergent field of a texture carries n_v flux quanta h/e: its finite-difference flux against the lattice count. */
class EmergentFieldTest {

	@Test
	void skyrmionCarriesOneFluxQuantum() {
		Magnet film = Textures.disk(250, 0.4e-9, 1e-9);
		VectorField m = Textures.sample(film, Textures.belavinPolyakov(5e-9));
		double flux = EmergentField.flux(film, EmergentField.of(film, m), null);
		double quantum = PhysicalConstants.PLANCK / PhysicalConstants.ELEMENTARY_CHARGE;
		assertEquals(VortexNumber.of(film, m).topologicalNumber(), flux / quantum, 5e-3);
	}

	@Test
	void vortexCarriesHalfAQuantum() {
		Magnet film = Textures.film(200, 200, 0.2e-9, 1e-9);
		VectorField m = Textures.sample(film, Textures.seedVortex(5e-9));
		double flux = EmergentField.flux(film, EmergentField.of(film, m), null);
		assertEquals(0.5, flux / (PhysicalConstants.PLANCK / PhysicalConstants.ELEMENTARY_CHARGE), 5e-3);
	}
}
