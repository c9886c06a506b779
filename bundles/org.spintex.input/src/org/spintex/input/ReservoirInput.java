package org.spintex.input;

/** An electron reservoir feeding one end of a wire: its chemical potential and temperature. */
public record ReservoirInput(String name, double chemicalPotentialJoule, double temperatureKelvin) {

	public ReservoirInput {
		Checks.finite("chemical potential of " + name, chemicalPotentialJoule);
		Checks.nonNegative("temperature of " + name, temperatureKelvin);
	}
}
