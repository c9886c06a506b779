package org.spintex.engine.texture.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.observable.TopologicalCharge;

/** Seed 002 eqs. (63)–(65): the vortex number of the spin direction n = −m. */
class VortexNumberTest {

	private static final double D = 1e-9;

	@Test
	void skyrmionCarriesOneQuantumAgainstItsMagnetizationCharge() {
		// on a disk of radius L the Belavin–Polyakov skyrmion's spins cover the fraction L²/(L² + R²) of the sphere
		double radius = 4e-9, diskRadius = 50e-9;
		Magnet film = Textures.disk(200, 2 * diskRadius / 200, D);
		VectorField m = Textures.sample(film, Textures.belavinPolyakov(radius));
		VortexNumber phi = VortexNumber.of(film, m);
		assertEquals(diskRadius * diskRadius / (diskRadius * diskRadius + radius * radius), phi.topologicalNumber(), 2e-3);
		assertEquals(-TopologicalCharge.ofLayer(m, 0), phi.topologicalNumber(), 1e-12);
		// eq. (64): Φ_xy = n_v d
		assertEquals(phi.topologicalNumber() * D, phi.phiXYMetre(), 1e-24);
		assertEquals(0, phi.phiXZMetre(), 0);
		assertEquals(0, phi.phiYZMetre(), 0);
	}

	@Test
	void vortexOfEquation92CarriesHalfAQuantum() {
		// n_v = (1/4π)·2π(cos θ(0) − cos θ(λ)) = ½ for θ from 0 to π/2, whatever λ
		for (double core : new double[] { 3e-9, 6e-9 }) {
			Magnet film = Textures.film(128, 128, 0.5e-9, D);
			VortexNumber phi = VortexNumber.of(film, Textures.sample(film, Textures.seedVortex(core)));
			assertEquals(0.5, phi.topologicalNumber(), 1e-3);
		}
	}

	@Test
	void wallsCarryNone() {
		Magnet film = Textures.film(100, 20, 0.5e-9, D);
		assertEquals(0, VortexNumber.of(film, Textures.sample(film, Textures.blochWall(3e-9))).topologicalNumber(), 1e-12);
	}
}
