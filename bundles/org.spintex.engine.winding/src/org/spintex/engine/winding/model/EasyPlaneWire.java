package org.spintex.engine.winding.model;

/**
 * Seed 001's magnetic wire as a chain of cells of length a: the west contact acts on the first cell, the east
 * contact on the last. A loop (Fig. 1) adds the bond that joins the last cell to the first. Gates switch the
 * constants of the cells and bonds they cover between two sets: free, and gated.
 */
public final class EasyPlaneWire {

	private final double cellLength;
	private final boolean loop;
	private final WireConstants free;
	private final WireConstants gated;
	private final boolean[] gatedBond;

	/**
	 * @param gatedBond which bonds a gate covers; the twist across them is not part of the stored winding while the
	 *        gate acts
	 */
	public EasyPlaneWire(double cellLengthMetre, boolean loop, WireConstants free, WireConstants gated, boolean[] gatedBond) {
		int bonds = loop ? free.cells() : free.cells() - 1;
		if (free.bonds() != bonds || gated.bonds() != bonds || gatedBond.length != bonds || gated.cells() != free.cells()) {
			throw new IllegalArgumentException("a wire of " + free.cells() + " cells has " + bonds + " bonds");
		}
		this.cellLength = cellLengthMetre;
		this.loop = loop;
		this.free = free;
		this.gated = gated;
		this.gatedBond = gatedBond.clone();
	}

	public double cellLength() {
		return cellLength;
	}

	public boolean loop() {
		return loop;
	}

	public int cells() {
		return free.cells();
	}

	public int bonds() {
		return free.bonds();
	}

	/** The cell on the east side of a bond. */
	public int eastCell(int bond) {
		return (bond + 1) % cells();
	}

	public WireConstants constants(boolean gateActing) {
		return gateActing ? gated : free;
	}

	public boolean gated(int bond) {
		return gatedBond[bond];
	}

	/** The length over which the winding spreads while the gates act: a per bond outside them. */
	public double woundLength() {
		int open = 0;
		for (boolean g : gatedBond) {
			open += g ? 0 : 1;
		}
		return open * cellLength;
	}
}
