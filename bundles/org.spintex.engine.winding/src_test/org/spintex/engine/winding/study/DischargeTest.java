package org.spintex.engine.winding.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spintex.engine.winding.dynamics.Ledger;
import org.spintex.engine.winding.dynamics.SpinHydrodynamics;
import org.spintex.engine.winding.dynamics.WindingState;
import org.spintex.engine.winding.model.CyclePhase;
import org.spintex.engine.winding.model.WireConstants;
import org.spintex.input.WindingBatteryInput;

/**
 * The discharge through the spin-motive force, reciprocal to eq. (6): a wound wire without damping unwinds
 * symmetrically from both ends, and the load receives the share 2ϑ²R_load/R_tot² / (2ϑ²/R_tot + g) of everything the
 * ends absorb, at every instant — so, once the wire is unwound, of all it stored.
 */
class DischargeTest {

	@Test
	void theLoadReceivesItsShareOfTheStoredEnergyAndNothingIsLost() {
		// low resistances so that the contacts absorb the unwinding wave within a few transits
		WindingBatteryInput input = Batteries.openWire(100, 0, 5e18, 0, 0, 30e-9, 0.02);
		input = new WindingBatteryInput(input.device(), input.study(), input.cells(), input.cellLengthMetre(), false,
				input.crossSectionM2(), input.magnet(), input.gates(), Batteries.contact("west", 5e18, 0.01),
				Batteries.contact("east", 5e18, 0.01), 0, 0.02, 0, 0, 30e-9, 10e-12, 1e-10, 0);
		BatteryModel model = BatteryModel.of(input);
		BatteryTheory theory = new BatteryTheory(input, model);
		SpinHydrodynamics equations = new SpinHydrodynamics(model.wire(), model.circuit(), CyclePhase.DISCHARGE);
		WireConstants constants = model.wire().constants(true);

		// the static spiral of eq. (7) at ρ0 = 2e7 /m
		double rho0 = 2e7;
		double[] y = new double[WindingState.dimension(model.wire())];
		for (int i = 0; i < input.cells(); i++) {
			y[i] = -rho0 * i * Batteries.CELL;
		}
		double stored = new WindingState(model.wire(), y).freeEnergy(constants);
		assertEquals(theory.stiffness() * rho0 * rho0 * theory.woundLength() / 2, stored, 1e-12 * stored);

		PhaseIntegrator integrator = new PhaseIntegrator(model.wire(), theory, 1e-10, rho0, Batteries.CELL / theory.spinWaveSpeed());
		y = integrator.advance(equations, 0, y, 30e-9);
		WindingState end = new WindingState(model.wire(), y);
		double remaining = end.freeEnergy(constants);
		assertTrue(remaining < 2e-5 * stored, "left in the wire: " + remaining / stored);

		double load = end.ledger(Ledger.LOAD_WORK);
		double joule = end.ledger(Ledger.JOULE_HEAT);
		double pumping = end.ledger(Ledger.PUMPING_LOSS);
		assertEquals(0, end.ledger(Ledger.GILBERT_LOSS));
		assertEquals(stored, remaining + load + joule + pumping, 1e-8 * stored);
		double share = theory.losslessLoadShare();
		assertTrue(share > 0.3 && share < 0.7, "a test where load and losses both matter: " + share);
		assertEquals(share, load / (load + joule + pumping), 1e-7);
		// the circuit work is what the magnet gave the load and the wires
		assertEquals(-(load + joule), end.ledger(Ledger.CIRCUIT_WORK), 1e-8 * stored);
	}
}
