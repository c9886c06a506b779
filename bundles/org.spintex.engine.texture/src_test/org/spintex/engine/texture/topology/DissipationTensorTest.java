package org.spintex.engine.texture.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spintex.engine.llg.model.Magnet;

/** Thiele's dissipation dyadic against closed-form integrals. */
class DissipationTensorTest {

	@Test
	void blochWallResistsOnlyMotionAcrossIt() {
		// ∫(∂ₓθ)² dx = 2/Δ for θ = 2 atan(e^{x/Δ}): D_xx = 2 L_y d/Δ
		double width = 4e-9, cell = 0.25e-9, d = 2e-9;
		Magnet film = Textures.film(400, 8, cell, d);
		DissipationTensor t = DissipationTensor.of(film, Textures.sample(film, Textures.blochWall(width)));
		double expected = 2 * 8 * cell * d / width;
		assertEquals(expected, t.xxMetre(), 2e-3 * expected);
		assertEquals(0, t.xyMetre(), 1e-12 * expected);
		assertEquals(0, t.yyMetre(), 1e-12 * expected);
	}

	@Test
	void belavinPolyakovSkyrmionHasFourPiPerDirectionToSecondOrder() {
		// ∫(∇m)² d²x = 8π (scale invariant), split equally over x and y; a disk of radius L holds 8πL²/(L² + R²)
		double radius = 4e-9, d = 1e-9, diskRadius = 60e-9;
		double exact = 4 * Math.PI * d * diskRadius * diskRadius / (diskRadius * diskRadius + radius * radius);
		double[] errors = new double[2];
		int n = 0;
		for (double cell : new double[] { 0.8e-9, 0.4e-9 }) {
			int cells = (int) Math.round(2 * diskRadius / cell);
			Magnet disk = Textures.disk(cells, cell, d);
			DissipationTensor t = DissipationTensor.of(disk, Textures.sample(disk, Textures.belavinPolyakov(radius)));
			assertEquals(t.xxMetre(), t.yyMetre(), 1e-9 * exact);
			assertEquals(0, t.xyMetre(), 1e-9 * exact);
			errors[n++] = Math.abs(t.xxMetre() - exact) / exact;
		}
		assertTrue(errors[1] < 1e-2, "relative error " + errors[1]);
		// central differences: halving the cell quarters the error
		assertEquals(4, errors[0] / errors[1], 0.6, "errors " + errors[0] + ", " + errors[1]);
	}
}
