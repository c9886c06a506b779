package org.spintex.engine.llg.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.engine.llg.Fixtures;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.term.ZeemanField;

/**
 * The adaptive stepper's statistics: a first try far too long for a precession in 1 T (period 36 ps) is rejected until
 * the error control accepts a step, and the smallest chosen step is then a fraction of the period. Steps cut short to
 * land on an output time do not count as chosen.
 */
class StepStatisticsTest {

	@Test
	void rejectedTriesAreCountedAndTheSmallestChosenStepIsKept() {
		Magnet magnet = Fixtures.box(new Mesh(1, 1, 1, 1e-9, 1e-9, 1e-9), 800e3, 0.01);
		LlgEquation equation = new LlgEquation(magnet).add(ZeemanField.constant(magnet, new Vector3(0, 0, 1)));
		MagnetizationState state = new MagnetizationState(magnet.uniform(1, 0, 0), 1e-9);
		DormandPrince45 integrator = DormandPrince45.withDefaults();
		integrator.step(equation, state, Double.POSITIVE_INFINITY);
		assertTrue(state.rejectedSteps() >= 3, "1 ns against a 36 ps period: rejected " + state.rejectedSteps());
		double period = 2 * Math.PI / (Fixtures.GAMMA * 1 / (1 + 1e-4));
		assertTrue(state.smallestStepSecond() < period / 4, "smallest step " + state.smallestStepSecond());

		// a step shortened to reach an output is not a choice of the error control
		double chosen = state.smallestStepSecond();
		integrator.step(equation, state, chosen / 100);
		assertEquals(chosen, state.smallestStepSecond(), 0);
	}
}
