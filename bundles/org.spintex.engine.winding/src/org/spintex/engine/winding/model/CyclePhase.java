package org.spintex.engine.winding.model;

/**
 * The three phases of seed 001's battery cycle: what the gate and the circuit do in each.
 */
public enum CyclePhase {
	/** A current source drives I through both contacts; the gate cuts the loop so that the winding can enter. */
	CHARGE("charge", true),
	/** Circuit open, gate off: the loop is closed and the superflow persists. */
	STORE("store", false),
	/** The gate cuts the loop again and the contacts drive the load with the spin-motive force. */
	DISCHARGE("discharge", true);

	private final String label;
	private final boolean gateActing;

	CyclePhase(String label, boolean gateActing) {
		this.label = label;
		this.gateActing = gateActing;
	}

	public String label() {
		return label;
	}

	public boolean gateActing() {
		return gateActing;
	}
}
