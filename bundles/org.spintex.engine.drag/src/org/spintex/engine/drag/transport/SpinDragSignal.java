package org.spintex.engine.drag.transport;

import static org.spintex.core.physics.PhysicalConstants.ELEMENTARY_CHARGE;
import static org.spintex.core.physics.PhysicalConstants.HBAR;

/**
 * The electrical signal of the skyrmion current at the detector, seed 000 eqs. (13), (37)–(41),
 * for contacts of width w along the edge.
 * <p>
 * Units: eqs. (38)–(41) as printed do not close dimensionally (σd there is short of a length). The
 * EMF of eq. (13) integrates the skyrmion current over the contact width, V = (2πħP/e)Q̇ with
 * Q̇ = −Q w j; a detector circuit of resistance R then carries I_R = V/R. Written as eq. (39), this is
 * C_d = −G P_L P_R R_0² / (R_bulk + R_L + R_R) with the detector conductance G = 1/R in place of σ and
 * the width w in place of d in eqs. (40)–(41): R_bulk = k_BT L / (4e² w ρ0 D),
 * R_L/R = k_BT / (4e² w ρ0 γ̄_L/R). Both forms are computed and agree (a test checks it). The drag is
 * ∝ Q², so it does not depend on the charge-sign convention.
 *
 * @param channel the film between the contacts
 * @param widthMetre w, the length of the contacts along the edge
 * @param boltzmannTemperatureJoule k_B T
 * @param injectorPolarization P_L of eq. (24)
 * @param detectorPolarization P_R of eq. (13)
 * @param detectorResistanceOhm R of eq. (38)
 */
public record SpinDragSignal(TwoTerminalChannel channel, double widthMetre, double boltzmannTemperatureJoule,
		double injectorPolarization, double detectorPolarization, double detectorResistanceOhm) {

	/** The resistance quantum R_0 = πħ/e² of eq. (39). */
	public static final double RESISTANCE_QUANTUM_OHM = Math.PI * HBAR / (ELEMENTARY_CHARGE * ELEMENTARY_CHARGE);

	/** x = 2πP_L ħ I_L Q/(e k_B T), the relative rise of the nucleation rate, eq. (24). */
	public double pumpingFactor(double injectorCurrentAmpere, int charge) {
		return 2 * Math.PI * injectorPolarization * HBAR * injectorCurrentAmpere * charge
				/ (ELEMENTARY_CHARGE * boltzmannTemperatureJoule);
	}

	/** The steady skyrmion charge current of eq. (37), per width, in 1/(m s). */
	public double skyrmionCurrent(double injectorCurrentAmpere, int charge) {
		return channel.steadyCurrentClosedForm(pumpingFactor(injectorCurrentAmpere, charge));
	}

	/** The open-circuit EMF at the detector, eqs. (13) and (38), in volt. */
	public double voltage(double injectorCurrentAmpere, int charge) {
		double leaving = -charge * widthMetre * skyrmionCurrent(injectorCurrentAmpere, charge);
		return 2 * Math.PI * HBAR * detectorPolarization / ELEMENTARY_CHARGE * leaving;
	}

	/** C_d = I_R / I_L with I_R = V/R (eq. (39), first form). */
	public double dragCoefficient(double injectorCurrentAmpere, int charge) {
		return voltage(injectorCurrentAmpere, charge) / (detectorResistanceOhm * injectorCurrentAmpere);
	}

	/** R_bulk of eq. (40) (with w for d), in ohm. */
	public double bulkResistanceOhm() {
		return boltzmannTemperatureJoule * channel.lengthMetre() / (4 * ELEMENTARY_CHARGE * ELEMENTARY_CHARGE
				* widthMetre * channel.equilibriumDensityPerM2() * channel.diffusionM2PerS());
	}

	/** R_L of eq. (41), in ohm. */
	public double injectorInterfaceResistanceOhm() {
		return interfaceResistance(channel.leftAnnihilationMPerS());
	}

	/** R_R of eq. (41), in ohm. */
	public double detectorInterfaceResistanceOhm() {
		return interfaceResistance(channel.rightAnnihilationMPerS());
	}

	/** C_d in the resistance form of eq. (39). */
	public double dragCoefficientFromResistances() {
		double total = bulkResistanceOhm() + injectorInterfaceResistanceOhm() + detectorInterfaceResistanceOhm();
		return -injectorPolarization * detectorPolarization * RESISTANCE_QUANTUM_OHM * RESISTANCE_QUANTUM_OHM
				/ (detectorResistanceOhm * total);
	}

	/** γ_L/R = ρ0 γ̄_L/R is the nucleation rate of eq. (22). */
	private double interfaceResistance(double annihilationVelocity) {
		return boltzmannTemperatureJoule / (4 * ELEMENTARY_CHARGE * ELEMENTARY_CHARGE * widthMetre
				* channel.equilibriumDensityPerM2() * annihilationVelocity);
	}
}
