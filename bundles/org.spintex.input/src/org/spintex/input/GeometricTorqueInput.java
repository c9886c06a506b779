package org.spintex.input;

import java.util.OptionalDouble;

import org.spintex.core.math.Vector3;

/**
 * Seed 004 at one sweep point: the electrons of a tight-binding wire (seed 004 eq. (2)) between two
 * reservoirs, under classical moments that precess steadily about an axis.
 *
 * @param sites the number of sites of the wire
 * @param moments the texture of the moments at t = 0, in the device's frame, which the engine samples on the sites
 * @param coneAngleRadian the angle a uniform texture's moments keep from the precession axis (a precession drive's)
 * @param precessionAxis the unit vector the moments precess about, counter-clockwise for ω > 0
 * @param leads tight-binding (semi-infinite chains with the wire's hopping) or wide-band (Σ = −iγ_c²/γ per lead)
 * @param hbarOmegaJoule the energy quantum ħω of the precession
 * @param smfConductance g₀ of the spin-motive-force estimate G₀ = g₀ e²/h (seed 004 Fig. 4 caption)
 * @param tolerance the relative error of the energy integrals
 */
public record GeometricTorqueInput(String device, String study, int sites, WireTextureInput moments,
		OptionalDouble coneAngleRadian, Vector3 precessionAxis,
		double hoppingJoule, double sdExchangeJoule, double leadCouplingJoule, LeadModel leads, ReservoirInput left,
		ReservoirInput right, double hbarOmegaJoule, double smfConductance, double tolerance) implements StudyInput {

	public static final LeadModel DEFAULT_LEADS = LeadModel.TIGHT_BINDING;

	public GeometricTorqueInput {
		if (sites < 1 || moments == null) {
			throw new IllegalArgumentException("a wire needs at least one site and a texture of its moments");
		}
		Checks.positive("hopping", hoppingJoule);
		Checks.finite("sd-exchange", sdExchangeJoule);
		Checks.nonNegative("lead coupling", leadCouplingJoule);
		Checks.finite("precession energy quantum", hbarOmegaJoule);
		Checks.nonNegative("spin-motive-force conductance", smfConductance);
		Checks.positive("tolerance", tolerance);
		if (leads == null) {
			throw new IllegalArgumentException("a wire needs its lead model");
		}
		if (leadCouplingJoule == 0 && (left.temperatureKelvin() > 0 || right.temperatureKelvin() > 0)) {
			throw new IllegalArgumentException("a closed wire (lead-coupling 0) has no reservoir to set its temperature; "
					+ "give the reservoirs temperature 0 K");
		}
	}

	@Override
	public String engine() {
		return "geometric-torque";
	}
}
