package org.spintex.core.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Derived constants against the values tabulated by CODATA 2018 (Rev. Mod. Phys. 93, 025010). */
class PhysicalConstantsTest {

	@Test
	void bohrMagnetonMatchesCodata() {
		assertEquals(9.2740100783e-24, PhysicalConstants.BOHR_MAGNETON, 9.2740100783e-24 * 1e-9);
	}

	@Test
	void electronGyromagneticRatioMatchesCodata() {
		assertEquals(1.76085963023e11, PhysicalConstants.ELECTRON_GYROMAGNETIC_RATIO, 1.76085963023e11 * 1e-9);
	}

	@Test
	void reducedPlanckConstantMatchesCodata() {
		assertEquals(1.054571817e-34, PhysicalConstants.HBAR, 1.054571817e-34 * 1e-9);
	}
}
