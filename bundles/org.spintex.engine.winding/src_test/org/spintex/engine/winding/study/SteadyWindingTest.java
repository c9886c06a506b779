package org.spintex.engine.winding.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spintex.core.physics.PhysicalConstants;
import org.spintex.core.results.MemorySink;
import org.spintex.core.results.RunControl;
import org.spintex.input.WindingBatteryInput;

/** Seed 001 eqs. (7) and (8): a dc current through the contacts of a disconnected wire winds it uniformly. */
class SteadyWindingTest {

	private static final double CURRENT = 100e-6;

	@Test
	void aDcCurrentWindsTheWireUniformlyAtThetaIOverAAndStoresEq8() {
		// α = 0.1: the slowest spin wave decays at αs/2χ, to e⁻²⁵ in the 20 ns
		WindingBatteryInput input = Batteries.openWire(100, 0.1, 5e18, CURRENT, 20e-9, 0, 0);
		MemorySink sink = new MemorySink();
		new WindingBatteryStudy().run(input, sink, RunControl.NONE);

		// eq. (6)–(7) by hand: ϑ = (ħ/2e)(S_c/S_w) tan θ_SH, A = 2 A_ex S_m, ρ = ϑI/A
		double vartheta = PhysicalConstants.HBAR / (2 * PhysicalConstants.ELEMENTARY_CHARGE) * 4 * Math.tan(0.1);
		double stiffness = 2 * Batteries.A_EX * Batteries.CROSS_SECTION;
		double rho = vartheta * CURRENT / stiffness;
		double length = 99 * Batteries.CELL;
		assertEquals(rho, sink.scalar("charged-winding-density"), 1e-7 * rho);
		double eq8 = Math.pow(vartheta * CURRENT, 2) * length / (2 * stiffness);
		assertEquals(eq8, sink.scalar("charged-energy"), 1e-6 * eq8);
		// uniform: every cell of the charged profile holds ρ
		List<Object[]> charged = sink.labelledTable("profiles").stream().filter(r -> r[0].equals("charged")).toList();
		assertEquals(100, charged.size());
		for (Object[] row : charged) {
			assertEquals(rho, (Double) row[4], 1e-6 * rho, "winding density at x = " + row[2]);
		}
		// static: the spin density has relaxed away (eq. (5): ∂_tφ = 0)
		double spin = Math.abs(sink.column(CycleTable.NAME, "S_total")[sink.rows(CycleTable.NAME).size() - 1]);
		assertTrue(spin < 1e-9 * Batteries.SPIN_DENSITY * Batteries.CROSS_SECTION * length, "residual spin " + spin);
	}

	@Test
	void theEnergyAndSpinOfTheMagnetBalanceAtEveryOutputTime() {
		WindingBatteryInput input = Batteries.openWire(100, 0.05, 5e18, CURRENT, 5e-9, 0, 0);
		MemorySink sink = new MemorySink();
		new WindingBatteryStudy().run(input, sink, RunControl.NONE);
		double scale = sink.scalar("theory-stored-energy");
		for (double residual : sink.column(CycleTable.NAME, "energy_balance")) {
			assertEquals(0, residual, 1e-7 * scale);
		}
		// continuity, eq. (1): what the contacts put in and damping did not take out is in the wire
		double[] spin = sink.column(CycleTable.NAME, "S_total");
		// the scale: the spin the west contact alone puts in, ϑI t (the east contact takes as much out)
		double spinScale = sink.scalar("torque-per-current") * CURRENT * 5e-9;
		for (double residual : sink.column(CycleTable.NAME, "spin_balance")) {
			assertEquals(0, residual, 1e-7 * spinScale);
		}
		assertTrue(spin.length > 400 && spinScale > 0);
		// the circuit's own balance: the source pays the wires and the torques, E_source = Q_joule + W_circuit
		double source = sink.scalar("E_source");
		assertEquals(source, sink.scalar("Q_joule") + sink.scalar("W_circuit"), 1e-9 * source);
	}

	@Test
	void aCurrentBeyondTheLandauLimitIsReportedAndNotRun() {
		WindingBatteryInput input = Batteries.openWire(100, 0.05, 5e18, 1e-3, 5e-9, 0, 0);
		MemorySink sink = new MemorySink();
		new WindingBatteryStudy().run(input, sink, RunControl.NONE);
		assertEquals("landau-unstable", sink.word("stability").orElseThrow());
		double limit = Math.sqrt(Batteries.K / Batteries.A_EX);
		assertEquals(limit, sink.scalar("landau-limit"), 1e-12 * limit);
		assertTrue(sink.warnings().get(0).contains("Landau limit"), sink.warnings().toString());
		assertTrue(sink.rows(CycleTable.NAME).isEmpty());
		// the current whose eq. (7) winding is the limit
		assertEquals(1, sink.scalar("critical-current") * sink.scalar("torque-per-current")
				/ (2 * Batteries.A_EX * Batteries.CROSS_SECTION * limit), 1e-12);
	}
}
