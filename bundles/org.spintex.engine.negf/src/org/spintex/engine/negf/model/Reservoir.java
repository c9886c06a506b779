package org.spintex.engine.negf.model;

/**
 * An electron reservoir: its chemical potential µ and thermal energy k_B T, in the chain's energy unit.
 * It fills the lead it feeds with the Fermi function f(E) = 1/(1 + e^{(E − µ)/k_BT}); k_B T = 0 is the
 * exact step (one half at E = µ).
 */
public record Reservoir(double chemicalPotential, double thermalEnergy) {

	/** Beyond µ ± TAIL·k_BT the Fermi function is 0 or 1 to double precision (e^{−40} = 4e-18). */
	private static final double TAIL = 40;

	public Reservoir {
		if (!Double.isFinite(chemicalPotential) || !(thermalEnergy >= 0) || !Double.isFinite(thermalEnergy)) {
			throw new IllegalArgumentException("a reservoir needs a finite µ and k_BT ≥ 0, got µ " + chemicalPotential
					+ ", k_BT " + thermalEnergy);
		}
	}

	/** A zero-temperature reservoir at µ. */
	public static Reservoir cold(double chemicalPotential) {
		return new Reservoir(chemicalPotential, 0);
	}

	/** f(E − shift): the occupation, at energy E, of a lead whose states are shifted up by {@code shift}. */
	public double occupation(double energy, double shift) {
		double x = energy - shift - chemicalPotential;
		if (thermalEnergy == 0) {
			return x < 0 ? 1 : x > 0 ? 0 : 0.5;
		}
		double e = x / thermalEnergy;
		// written so that neither branch overflows
		return e > 0 ? Math.exp(-e) / (1 + Math.exp(-e)) : 1 / (1 + Math.exp(e));
	}

	/** −∂f/∂E at E − shift, a peak of unit weight and width k_BT (zero temperature: not a function; not asked for). */
	public double occupationSlope(double energy, double shift) {
		double f = occupation(energy, shift);
		return f * (1 - f) / thermalEnergy;
	}

	/** The lowest energy at which f(E − shift) differs from 1. */
	public double lowerTail(double shift) {
		return chemicalPotential + shift - TAIL * thermalEnergy;
	}

	/** The highest energy at which f(E − shift) differs from 0. */
	public double upperTail(double shift) {
		return chemicalPotential + shift + TAIL * thermalEnergy;
	}
}
