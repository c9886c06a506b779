package org.spintex.input;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Seed 002's forces on a spin texture and its collective motion under current, at one sweep point.
 *
 * <p>The texture is prepared by the micromagnetic engine from {@code texture} (film, material, initial
 * state, ground-state search; its currents are the current whose forces are computed, and drive the
 * micromagnetic reference motion). Its vortex number, gyrovector and dissipation tensor give the forces
 * (eqs. (62), (86), (87)) and the Thiele motion of its centre (eqs. (88)–(90)) in the {@code potentials}.
 *
 * @param electrons the conduction electrons, for the texture's resistivity and Hall resistivity
 *        (eqs. (77), (94), (97), (98)); empty when the material does not describe them
 * @param temperatureKelvin the thermal force on the centre (fluctuation–dissipation with η̂)
 * @param seed the thermal noise's random stream
 * @param durationSeconds the Thiele trajectory's length; 0 for the forces only
 * @param timeStepSeconds the fixed step of the Thiele integration; empty: chosen from the potentials and the drift
 * @param outputEverySecond the time between trajectory rows
 * @param micromagneticCheckSeconds the length of the micromagnetic reference motion under the same current; 0: none
 * @param edgeMarginMetre how far from open edges and holes the texture's integrals start; empty: three decay lengths
 *        of a DMI film's edge twist
 */
public record TextureForcesInput(String device, String study, MicromagneticInput texture, Optional<ElectronGasInput> electrons,
		List<CollectivePotentialInput> potentials, double temperatureKelvin, long seed, double durationSeconds,
		OptionalDouble timeStepSeconds, double outputEverySecond, double micromagneticCheckSeconds, OptionalDouble edgeMarginMetre)
		implements StudyInput {

	@Override
	public FieldFileFormat fieldFileFormat() {
		return texture.fieldFormat();
	}

	public TextureForcesInput {
		potentials = List.copyOf(potentials);
		Checks.nonNegative("temperature", temperatureKelvin);
		Checks.nonNegative("duration", durationSeconds);
		Checks.nonNegative("micromagnetic check", micromagneticCheckSeconds);
		timeStepSeconds.ifPresent(step -> Checks.positive("time step", step));
		edgeMarginMetre.ifPresent(margin -> Checks.nonNegative("edge margin", margin));
		if (durationSeconds > 0) {
			Checks.positive("output interval", outputEverySecond);
		}
	}

	@Override
	public String engine() {
		return "texture-forces";
	}
}
