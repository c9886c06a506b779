package org.spintex.engine.drag.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The continuity equation of seed 000 sec. IV against its closed-form steady state, eq. (37). */
class SkyrmionChargeDiffusionTest {

	private static final double D = 1e-6; // m²/s
	private static final double RHO0 = 1e12; // 1/m²
	private static final double GAMMA_L = 2.0; // m/s
	private static final double GAMMA_R = 0.5; // m/s
	private static final double PUMPING = 0.05;

	private static TwoTerminalChannel channel(double length) {
		return new TwoTerminalChannel(length, D, RHO0, GAMMA_L, GAMMA_R);
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 7, 50, 400 })
	void steadyCurrentIsEquation37AtAnyResolution(int cells) {
		TwoTerminalChannel channel = channel(2e-6);
		SkyrmionChargeDiffusion model = new SkyrmionChargeDiffusion(channel, cells);
		double[] rho = model.steadyState(PUMPING);
		double expected = channel.steadyCurrentClosedForm(PUMPING);
		// exact up to round-off: the current is a small difference of densities near ρ0
		assertEquals(expected, model.leftCurrent(rho, PUMPING), 1e-9 * expected);
		assertEquals(expected, model.rightCurrent(rho), 1e-9 * expected);
	}

	@Test
	void steadyProfileIsLinearWithTheContactJumps() {
		// bulk: j = −D ∂ₓρ; contacts: ρ(0) = ρ0(1+x) − j/γ̄_L, ρ(L) = ρ0 + j/γ̄_R
		double length = 2e-6;
		TwoTerminalChannel channel = channel(length);
		SkyrmionChargeDiffusion model = new SkyrmionChargeDiffusion(channel, 20);
		double j = channel.steadyCurrentClosedForm(PUMPING);
		double left = RHO0 * (1 + PUMPING) - j / GAMMA_L;
		double[] x = model.positions();
		double[] rho = model.steadyState(PUMPING);
		for (int i = 0; i < x.length; i++) {
			assertEquals(left - j * x[i] / D, rho[i], 1e-9 * RHO0);
		}
		assertEquals(RHO0 + j / GAMMA_R, left - j * length / D, 1e-9 * RHO0);
	}

	@Test
	void withoutPumpingTheFilmStaysInEquilibrium() {
		SkyrmionChargeDiffusion model = new SkyrmionChargeDiffusion(channel(2e-6), 30);
		double[] rho = model.steadyState(0);
		assertArrayEquals(model.equilibrium(), rho, 1e-9 * RHO0);
		assertEquals(0, model.leftCurrent(rho, 0), 1e-9 * RHO0 * GAMMA_L);
	}

	@Test
	void transientConservesChargeAndReachesTheSteadyState() {
		double length = 2e-6;
		SkyrmionChargeDiffusion model = new SkyrmionChargeDiffusion(channel(length), 40);
		double diffusionTime = length * length / D;
		double dt = diffusionTime / 200;
		double[] rho = model.equilibrium();
		for (int n = 0; n < 4000; n++) {
			double[] next = model.step(rho, dt, PUMPING);
			// implicit Euler: the currents are those of the new state
			double balance = dt * (model.leftCurrent(next, PUMPING) - model.rightCurrent(next));
			assertEquals(balance, model.charge(next) - model.charge(rho), 1e-9 * Math.abs(balance) + 1e-18 * RHO0);
			rho = next;
		}
		assertArrayEquals(model.steadyState(PUMPING), rho, 1e-9 * RHO0);
	}

	@Test
	void dragCurrentDecaysAsOneOverLengthForLongFilms() {
		// seed 000's headline: for L ≫ D/γ̄ the current (and the drag) fall off algebraically, ∝ 1/L
		double scale = D / Math.min(GAMMA_L, GAMMA_R);
		double l1 = 1e3 * scale, l2 = 1e4 * scale;
		double j1 = steadyCurrent(l1);
		double j2 = steadyCurrent(l2);
		double slope = Math.log(j2 / j1) / Math.log(l2 / l1);
		assertEquals(-1, slope, 0.02);
	}

	private static double steadyCurrent(double length) {
		SkyrmionChargeDiffusion model = new SkyrmionChargeDiffusion(channel(length), 50);
		return model.rightCurrent(model.steadyState(PUMPING));
	}
}
