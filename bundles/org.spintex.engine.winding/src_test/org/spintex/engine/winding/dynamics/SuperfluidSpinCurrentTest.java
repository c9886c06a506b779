package org.spintex.engine.winding.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Eq. (2) on a bond, and the lattice phase slip: the twist lives on (−π, π], the energy is continuous through π. */
class SuperfluidSpinCurrentTest {

	@Test
	void twistsAreTakenOnTheBranchMinusPiToPi() {
		assertEquals(0.3, SuperfluidSpinCurrent.twist(1.0, 1.3), 1e-15);
		assertEquals(0.3, SuperfluidSpinCurrent.twist(0, 0.3 + 4 * Math.PI), 1e-12);
		assertEquals(-3.0, SuperfluidSpinCurrent.twist(0.5, 0.5 - 3.0 - 6 * Math.PI), 1e-12);
		assertEquals(Math.PI, SuperfluidSpinCurrent.twist(0, Math.PI), 1e-15);
		assertEquals(-Math.PI + 1e-9, SuperfluidSpinCurrent.twist(0, Math.PI + 1e-9), 1e-12);
		assertEquals(0.1, SuperfluidSpinCurrent.twist(7 * 2 * Math.PI, 7 * 2 * Math.PI + 0.1 - 10 * Math.PI * 2), 1e-12);
	}

	@Test
	void theCurrentIsMinusAGradPhiAndTheEnergyIsContinuousThroughASlip() {
		double stiffness = 3e-27, a = 2e-9;
		assertEquals(-stiffness * 0.2 / a, SuperfluidSpinCurrent.current(stiffness, 0.2, a), 1e-30);
		double before = SuperfluidSpinCurrent.energy(stiffness, SuperfluidSpinCurrent.twist(0, Math.PI - 1e-12), a);
		double after = SuperfluidSpinCurrent.energy(stiffness, SuperfluidSpinCurrent.twist(0, Math.PI + 1e-12), a);
		assertEquals(before, after, 1e-9 * before);
		assertEquals(stiffness * Math.PI * Math.PI / (2 * a), after, 1e-9 * after);
	}
}
