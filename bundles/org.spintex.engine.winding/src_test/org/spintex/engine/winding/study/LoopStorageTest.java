package org.spintex.engine.winding.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spintex.core.results.MemorySink;
import org.spintex.core.results.RunControl;
import org.spintex.input.WindingBatteryInput;

/**
 * The battery cycle of seed 001 Fig. 1 on a loop: the gate lets winding in while charging, the closed loop keeps
 * a whole number of turns as a persistent superflow, and the gate lets it out again into the load.
 */
class LoopStorageTest {

	private static final int CELLS = 250;
	private static final double CURRENT = 150e-6;

	@Test
	void theLoopStoresAWholeNumberOfTurnsAsAUniformSuperflow() {
		WindingBatteryInput input = Batteries.gatedLoop(CELLS, 0.05, CURRENT, 20e-9, 20e-9, 20e-9);
		MemorySink sink = new MemorySink();
		new WindingBatteryStudy().run(input, sink, RunControl.NONE);

		// topology: on a loop Σ Δφ/2π is a whole number at every instant; it changes only by phase slips at the gate
		double[] winding = sink.column(CycleTable.NAME, "winding");
		for (double w : winding) {
			assertEquals(Math.rint(w), w, 1e-9);
		}
		double[] phase = sink.column(CycleTable.NAME, "phase");
		double charged = sink.scalar("charged-turns");
		long turns = Math.round(sink.scalar("stored-winding-number"));
		// the loaded twist, eq. (7) over the wound length, rounds to the stored turns when the gate opens
		assertEquals(Math.round(charged), turns);
		assertTrue(turns >= 3, "a few turns: " + charged);
		for (int r = 0; r < phase.length; r++) {
			if (phase[r] == 2) {
				assertEquals(turns, winding[r], 1e-9, "the stored winding does not change");
			}
		}
		// the relaxed loop: uniform winding 2πW/L_loop, energy A(2πW)²/2L_loop
		double loopEnergy = sink.scalar("theory-loop-energy");
		assertEquals(loopEnergy, sink.scalar("stored-energy"), 1e-6 * loopEnergy);
		double stiffness = 2 * Batteries.A_EX * Batteries.CROSS_SECTION;
		assertEquals(stiffness * Math.pow(2 * Math.PI * turns, 2) / (2 * CELLS * Batteries.CELL), loopEnergy, 1e-12 * loopEnergy);
		// and it persists: no dissipation in a static superflow, the energy of the last stored rows is constant
		double[] stored = sink.column(CycleTable.NAME, "E_stored");
		int lastStore = -1;
		for (int r = 0; r < phase.length; r++) {
			lastStore = phase[r] == 2 ? r : lastStore;
		}
		assertEquals(stored[lastStore], stored[lastStore - 200], 1e-8 * stored[lastStore]);
		// discharging empties the loop into the load
		assertTrue(sink.scalar("delivered-energy") > 0);
		assertTrue(sink.scalar("remaining-energy") < 1e-3 * loopEnergy, "left: " + sink.scalar("remaining-energy"));
		// the magnet's energy balance closes through the gate's work, every row
		for (double residual : sink.column(CycleTable.NAME, "energy_balance")) {
			assertEquals(0, residual, 1e-6 * loopEnergy);
		}
	}
}
