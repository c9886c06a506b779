package org.spintex.engine.drag.model;

/**
 * The regimes of seed 000 sec. V, from the skyrmion energy E0, the collapse barrier E_b and k_B T.
 */
public enum SkyrmionGasRegime {
	/** k_B T ≲ E0 ≪ E_b: a dilute gas of protected skyrmions; the drag formulas hold. */
	GAS("gas"),
	/** E0 &lt; k_B T ≪ E_b: dense, interacting skyrmions; the 1/L decay survives, the dilute formulas overestimate. */
	LIQUID("liquid"),
	/**
	 * π²D²/(4κA) ≥ 1 (D ≥ D_c) or E0 &lt; 0: the uniform state is unstable (spiral or skyrmion crystal); the model
	 * does not apply.
	 */
	CRYSTAL("crystal"),
	/** k_B T ≳ E_b: skyrmions collapse thermally; the charge is no longer protected. */
	UNPROTECTED("unprotected");

	private final String word;

	SkyrmionGasRegime(String word) {
		this.word = word;
	}

	public String word() {
		return word;
	}

	/**
	 * @param stabilityParameter π²D²/(4κA) of seed 000, (D/D_c)² of the material
	 * @param energyJoule E0, eq. (31)
	 * @param barrierJoule E_b, eq. (32)
	 */
	public static SkyrmionGasRegime classify(double stabilityParameter, double energyJoule, double barrierJoule,
			double boltzmannTemperatureJoule) {
		// the ansatz's E0 turns negative only at π²D²/(4κA) = C ≈ 1.54; the uniform state is lost at 1 already
		if (stabilityParameter >= 1 || energyJoule < 0) {
			return CRYSTAL;
		}
		if (boltzmannTemperatureJoule >= barrierJoule) {
			return UNPROTECTED;
		}
		return boltzmannTemperatureJoule <= energyJoule ? GAS : LIQUID;
	}
}
