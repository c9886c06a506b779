package org.spintex.engine.drag.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The drag signal of seed 000 eqs. (13), (37)–(41). */
class SpinDragSignalTest {

	private static final double KT = 1.380649e-23 * 50;
	private static final double D = 2.7e-9;
	private static final double GAMMA_BAR = 1e-3;
	private static final double RHO0 = 1.5e10;

	private static SpinDragSignal signal(double length, double gammaL, double gammaR) {
		return new SpinDragSignal(new TwoTerminalChannel(length, D, RHO0, gammaL, gammaR), 1e-6, KT, 0.5, 0.4, 100);
	}

	/** Eq. (39) as I_R/I_L = V/(R I_L) and as −G P_L P_R R0²/(R_bulk + R_L + R_R) with eqs. (40)–(41). */
	@Test
	void dragCoefficientFromTheVoltageEqualsTheResistanceForm() {
		SpinDragSignal s = signal(3e-6, 1e-3, 5e-4);
		double fromVoltage = s.dragCoefficient(1e-3, 1);
		assertTrue(fromVoltage < 0, "the drag is negative (seed 000 sec. I)");
		assertEquals(s.dragCoefficientFromResistances(), fromVoltage, 1e-12 * Math.abs(fromVoltage));
	}

	/** Eq. (38) is linear in I_L: C_d does not depend on the current to this order. */
	@Test
	void voltageIsLinearInTheInjectedCurrent() {
		SpinDragSignal s = signal(3e-6, GAMMA_BAR, GAMMA_BAR);
		assertEquals(2 * s.voltage(1e-3, 1), s.voltage(2e-3, 1), 1e-12 * Math.abs(s.voltage(2e-3, 1)));
	}

	/** The drag is ∝ Q²: pumping (eq. 24) and EMF (eq. 13) both flip with the charge. */
	@Test
	void dragDoesNotDependOnTheChargeSign() {
		SpinDragSignal s = signal(3e-6, GAMMA_BAR, GAMMA_BAR);
		assertEquals(s.dragCoefficient(1e-3, 1), s.dragCoefficient(1e-3, -1), 1e-12 * Math.abs(s.dragCoefficient(1e-3, 1)));
	}

	/** The headline of seed 000: C_d ∝ −1/L for L ≫ D/γ̄ (log-log slope −1 within 2 %). */
	@Test
	void dragDecaysAsOneOverLengthFarBeyondTheInterfaceLength() {
		double interfaceLength = D / GAMMA_BAR;
		double l1 = 200 * interfaceLength;
		double l2 = 400 * interfaceLength;
		double slope = Math.log(signal(l2, GAMMA_BAR, GAMMA_BAR).dragCoefficient(1e-3, 1)
				/ signal(l1, GAMMA_BAR, GAMMA_BAR).dragCoefficient(1e-3, 1)) / Math.log(l2 / l1);
		assertEquals(-1, slope, 0.02);
		// close to the contacts the interfaces limit the drag instead: nearly flat
		double s1 = 0.01 * interfaceLength;
		double flat = Math.log(signal(2 * s1, GAMMA_BAR, GAMMA_BAR).dragCoefficient(1e-3, 1)
				/ signal(s1, GAMMA_BAR, GAMMA_BAR).dragCoefficient(1e-3, 1)) / Math.log(2);
		assertTrue(Math.abs(flat) < 0.02, "slope " + flat);
	}

	/** Eq. (1) is the L ≫ D/γ̄ limit of eq. (39): C_d → −µρ0 (2πħP/e)² w/(R L) with µ = D/k_BT. */
	@Test
	void longChannelsReachEquationOne() {
		double length = 1e5 * D / GAMMA_BAR;
		SpinDragSignal s = signal(length, GAMMA_BAR, GAMMA_BAR);
		double hbar = 1.054571817e-34, e = 1.602176634e-19;
		double eqOne = -(D / KT) * RHO0 * Math.pow(2 * Math.PI * hbar / e, 2) * 0.5 * 0.4 * 1e-6 / (100 * length);
		assertEquals(eqOne, s.dragCoefficient(1e-3, 1), 1e-4 * Math.abs(eqOne));
	}
}
