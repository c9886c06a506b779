package org.spintex.input;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Seed 000's topological spin drag between an injector and a detector contact across a chiral
 * magnet, at one sweep point.
 *
 * @param material the film's material (its exchange, interfacial DMI, easy axis, spin density and damping)
 * @param film the film's thickness, its length between the contacts and their width
 * @param charge Q of the carriers in seed 000's convention (+1 for the injected skyrmions, eq. (28))
 * @param equilibriumDensityPerM2 ρ0 of eq. (22); empty: derived from the skyrmion energy
 * @param durationSeconds length of the transient; empty: the engine's 3 L²/D
 * @param timeStepSeconds time step of the transient; empty: the engine's duration / 2000
 * @param tolerance relative distance from the steady current at which the transient may stop
 * @param particles mean number of skyrmions in the stochastic check, 0 to skip it
 * @param outputs what to compute and write
 */
public record TopologicalDragInput(String device, String study, MagnetMaterialInput material, FilmSizeInput film,
		DragContactInput injector, DragContactInput detector, double temperatureKelvin, int charge,
		OptionalDouble equilibriumDensityPerM2, OptionalDouble durationSeconds, OptionalDouble timeStepSeconds, double tolerance,
		int cells, int snapshots, int particles, long seed, List<String> outputs) implements StudyInput {

	public TopologicalDragInput {
		Checks.positive("temperature", temperatureKelvin);
		if (Math.abs(charge) != 1) {
			throw new IllegalArgumentException("skyrmion charge must be ±1, got " + charge);
		}
		Checks.positive("tolerance", tolerance);
		equilibriumDensityPerM2.ifPresent(rho -> Checks.positive("equilibrium density", rho));
		durationSeconds.ifPresent(t -> Checks.positive("duration", t));
		timeStepSeconds.ifPresent(dt -> Checks.positive("time step", dt));
		if (cells < 3 || snapshots < 1 || particles < 0) {
			throw new IllegalArgumentException("need ≥ 3 cells, ≥ 1 snapshot and ≥ 0 particles");
		}
		outputs = List.copyOf(outputs);
	}

	@Override
	public String engine() {
		return "topological-drag";
	}

	public boolean wants(String output) {
		return outputs.contains(output);
	}
}
