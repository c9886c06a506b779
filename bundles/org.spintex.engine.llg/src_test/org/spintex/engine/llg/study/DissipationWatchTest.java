package org.spintex.engine.llg.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spintex.engine.llg.Fixtures;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.solver.IntegrationFailure;

/** An undriven, damped magnet only loses energy: a rise stops the run, with the previous output as the last good state. */
class DissipationWatchTest {

	@Test
	void fallingEnergyPassesAndARiseStopsTheRunWithThePreviousState() {
		Magnet magnet = Fixtures.box(new Mesh(2, 1, 1, 1e-9, 1e-9, 1e-9), 800e3, 0.1);
		DissipationWatch watch = new DissipationWatch();
		VectorField first = magnet.uniform(0, 0, 1), second = magnet.uniform(1, 0, 0), third = magnet.uniform(0, 1, 0);
		watch.observe(0, first, Map.of("exchange", 2e-19, "demag", 1e-19, "total", 3e-19));
		// a fall, and a rise within rounding of the energy scale
		watch.observe(1e-12, second, Map.of("exchange", 1e-19, "demag", 1e-19, "total", 2e-19));
		watch.observe(2e-12, second, Map.of("exchange", 1e-19, "demag", 1e-19, "total", 2e-19 + 1e-26));
		IntegrationFailure failure = assertThrows(IntegrationFailure.class,
				() -> watch.observe(3e-12, third, Map.of("exchange", 5e-19, "demag", 1e-19, "total", 6e-19)));
		assertTrue(failure.getMessage().startsWith("unstable at t = 3.000e-12 s: the energy of the undriven, damped magnet rose"),
				failure.getMessage());
		assertEquals(2e-12, failure.lastGoodTimeSecond(), 0);
		assertEquals(1, failure.lastGoodState().x(0), 0, "the state of the last output that passed");
	}
}
