package org.spintex.engine.winding.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.spintex.engine.winding.dynamics.SpinHydrodynamics;
import org.spintex.engine.winding.dynamics.WindingState;
import org.spintex.engine.winding.model.CyclePhase;
import org.spintex.engine.winding.model.WireConstants;
import org.spintex.input.WindingBatteryInput;

/**
 * Eqs. (1), (5) and (6) without damping: switching the current on launches a spin wave at u = √(A/χ) from the west
 * contact, which precesses at ϑI/(√(Aχ) + g) — the boundary condition (6) against the wire's wave impedance √(Aχ).
 * (The east contact launches the mirror wave; where they cross the wire is wound at twice eq. (7), and the surplus
 * rings down by damping: the charging time of the paper.)
 */
class WaveLaunchTest {

	@Test
	void theWestEndPrecessesAtThetaIOverImpedancePlusPumpingAndTheFrontRunsAtU() {
		double current = 100e-6;
		double mixing = 1e20; // g ≈ 0.2 √(Aχ): spin pumping visibly slows the launch
		WindingBatteryInput input = Batteries.openWire(400, 0, mixing, current, 2e-9, 0, 0);
		BatteryModel model = BatteryModel.of(input);
		BatteryTheory theory = new BatteryTheory(input, model);
		SpinHydrodynamics equations = new SpinHydrodynamics(model.wire(), model.circuit(), CyclePhase.CHARGE);
		double cellTime = Batteries.CELL / theory.spinWaveSpeed();
		PhaseIntegrator integrator = new PhaseIntegrator(model.wire(), theory, 1e-10, theory.steadyWindingDensity(), cellTime);
		WireConstants constants = model.wire().constants(true);

		double transit = theory.woundLength() / theory.spinWaveSpeed();
		// the east contact launches the opposite wave: watch two cells the west front reaches first
		int[] cells = { 50, 150 };
		double[] halfCrossing = { Double.NaN, Double.NaN };
		double[] previous = new double[2];
		double[] y = new double[WindingState.dimension(model.wire())];
		double t = 0, dt = transit / 2000;
		double rateSum = 0;
		int rateCount = 0;
		double launched = theory.torquePerCurrent() * current / (theory.impedance() + model.circuit().west().pumping());
		while (t < 0.9 * transit) {
			y = integrator.advance(equations, t, y, t + dt);
			t += dt;
			WindingState state = new WindingState(model.wire(), y);
			if (t > 0.2 * transit) {
				rateSum += state.precessionRate(0, constants);
				rateCount++;
			}
			for (int k = 0; k < 2; k++) {
				double rate = state.precessionRate(cells[k], constants);
				if (Double.isNaN(halfCrossing[k]) && rate >= launched / 2) {
					// linear interpolation between the two output times
					halfCrossing[k] = t - dt * (rate - launched / 2) / (rate - previous[k]);
				}
				previous[k] = rate;
			}
		}
		assertEquals(launched, rateSum / rateCount, 2e-3 * launched);
		// the front's half-height runs 100 cells in 100 a/u (the lattice widens the front, as n^⅓, but hardly shifts it)
		double crossing = 100 * Batteries.CELL / theory.spinWaveSpeed();
		assertEquals(crossing, halfCrossing[1] - halfCrossing[0], 0.01 * crossing);
	}
}
