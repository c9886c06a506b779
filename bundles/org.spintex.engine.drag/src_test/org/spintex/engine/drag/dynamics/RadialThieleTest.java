package org.spintex.engine.drag.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.spintex.core.collective.ThieleTensors;
import org.spintex.engine.drag.statics.HardCutoffClosedForms;
import org.spintex.engine.drag.statics.HardCutoffProfile;

/** Seed 000 eqs. (16)–(20) for the hard-cutoff skyrmion. */
class RadialThieleTest {

	private static final double ALPHA = 0.02;
	/** s = M_s d / γ for M_s = 110 kA/m, d = 10 nm, γ = 1.7595e11 rad/(s T). */
	private static final double SPIN_DENSITY = 110e3 * 10e-9 / 1.7595e11;
	private static final double KT = 1.380649e-23 * 20;

	@Test
	void viscosityIsIsotropicAndEqualsFourPiCAlphaS() {
		// eq. (18): η_xx = η_yy = (αs/2)∫∂ₖn·∂ₖn d²r = (αs/2)(8πC) for the ansatz, any radius
		for (double radius : new double[] { 1e-9, 10e-9, 100e-9 }) {
			ThieleTensors t = RadialThiele.tensors(new HardCutoffProfile(radius), ALPHA, SPIN_DENSITY, 1);
			double expected = 4 * Math.PI * HardCutoffClosedForms.exchangeConstant() * ALPHA * SPIN_DENSITY;
			assertEquals(expected, t.viscosityXX(), 1e-11 * expected);
			assertEquals(t.viscosityXX(), t.viscosityYY(), 0);
			assertEquals(0, t.viscosityXY(), 0);
			assertEquals(4 * Math.PI * SPIN_DENSITY, t.gyrotropicKgPerS(), 0);
		}
	}

	@Test
	void mobilityInvertsTheThieleEquation() {
		// eq. (17): η v + 4πsQ ẑ×v = F. Solve with µ̂ for F = (1, 0) and put v back in.
		ThieleTensors t = RadialThiele.tensors(new HardCutoffProfile(10e-9), ALPHA, SPIN_DENSITY, 1);
		double[] mu = t.mobility();
		double vx = mu[0], vy = mu[2];
		double g = t.gyrotropicKgPerS();
		assertEquals(1, t.viscosityXX() * vx - g * vy, 1e-12);
		assertEquals(0, t.viscosityYY() * vy + g * vx, 1e-12);
		// skyrmion Hall effect: v_y/v_x = −G/η
		assertEquals(-g / t.viscosityXX(), vy / vx, 1e-12 * g / t.viscosityXX());
	}

	@Test
	void diffusionObeysEinsteinRelation() {
		// eq. (16): D = k_B T µ (longitudinal, dissipative part), with D from eq. (20)
		ThieleTensors t = RadialThiele.tensors(new HardCutoffProfile(10e-9), ALPHA, SPIN_DENSITY, 1);
		assertEquals(KT * t.mobility()[0], t.diffusionConstant(KT), 1e-12 * t.diffusionConstant(KT));
	}

	@Test
	void withoutChargeDiffusionIsStokesEinstein() {
		ThieleTensors t = RadialThiele.tensors(new HardCutoffProfile(10e-9), ALPHA, SPIN_DENSITY, 0);
		assertEquals(KT / t.viscosityXX(), t.diffusionConstant(KT), 1e-12 * KT / t.viscosityXX());
	}
}
