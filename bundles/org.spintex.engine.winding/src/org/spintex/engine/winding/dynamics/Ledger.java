package org.spintex.engine.winding.dynamics;

/**
 * The running totals the time integration carries beside the texture: where energy and spin went since t = 0.
 * They are integrated with the same accuracy as the texture itself, so that the balances of the cycle close to the
 * integration tolerance.
 */
public enum Ledger {
	/** ∫ V_source I dt: the work of the current source while charging, J. */
	SOURCE_WORK("E_source", "J"),
	/**
	 * ∫ I V_smf dt: the work the circuit does on the magnet through the contacts' torques, negative where the
	 * magnet drives the circuit, J.
	 */
	CIRCUIT_WORK("W_circuit", "J"),
	/** ∫ R I² dt in the metal wires, J. */
	JOULE_HEAT("Q_joule", "J"),
	/** ∫ R_load I² dt: what the load receives while discharging, J. */
	LOAD_WORK("E_load", "J"),
	/** ∫ Σ αs a (∂_tφ)² dt: Gilbert damping in the magnet, J. */
	GILBERT_LOSS("Q_gilbert", "J"),
	/** ∫ g (∂_tφ)² dt at both contacts: spin pumping into the metal, J. */
	PUMPING_LOSS("Q_pumping", "J"),
	/** ∫ (τ_0 − τ_L) dt: the net spin the contacts put into the magnet, J·s. */
	SPIN_INJECTED("S_injected", "J*s"),
	/** ∫ Σ αs a ∂_tφ dt: the spin Gilbert damping took out, J·s. */
	SPIN_RELAXED("S_relaxed", "J*s");

	private final String column;
	private final String unit;

	Ledger(String column, String unit) {
		this.column = column;
		this.unit = unit;
	}

	public String column() {
		return column;
	}

	public String unit() {
		return unit;
	}
}
