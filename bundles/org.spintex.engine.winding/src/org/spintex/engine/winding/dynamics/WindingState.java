package org.spintex.engine.winding.dynamics;

import org.spintex.engine.winding.model.EasyPlaneWire;
import org.spintex.engine.winding.model.WireConstants;

/**
 * A state of the wire, as the time integration holds it: the angle φ of each cell in the easy plane, the spin
 * S = ρ_s a it holds along the hard axis, then the {@link Ledger}. Read-only views and the observables of seed 001
 * built on them.
 */
public final class WindingState {

	private final EasyPlaneWire wire;
	private final double[] y;

	public WindingState(EasyPlaneWire wire, double[] y) {
		if (y.length != dimension(wire)) {
			throw new IllegalArgumentException("a state of " + wire.cells() + " cells has " + dimension(wire) + " numbers");
		}
		this.wire = wire;
		this.y = y;
	}

	/** The length of a state vector of {@code wire}. */
	public static int dimension(EasyPlaneWire wire) {
		return 2 * wire.cells() + Ledger.values().length;
	}

	public double phi(int cell) {
		return y[cell];
	}

	public double spin(int cell) {
		return y[wire.cells() + cell];
	}

	public double ledger(Ledger entry) {
		return y[2 * wire.cells() + entry.ordinal()];
	}

	/** The twist of a bond on its branch (−π, π]. */
	public double twist(int bond) {
		return SuperfluidSpinCurrent.twist(phi(bond), phi(wire.eastCell(bond)));
	}

	public double precessionRate(int cell, WireConstants constants) {
		return JosephsonRelation.precessionRate(spin(cell), constants.inverseSusceptibility(cell), wire.cellLength());
	}

	/** The free energy of eq. (3) summed over the wire: ρ_s²/2χ on the cells, A(∂_xφ)²/2 on the bonds, J. */
	public double freeEnergy(WireConstants constants) {
		double a = wire.cellLength();
		double energy = 0;
		for (int i = 0; i < wire.cells(); i++) {
			energy += spin(i) * spin(i) * constants.inverseSusceptibility(i) / (2 * a);
		}
		for (int b = 0; b < wire.bonds(); b++) {
			energy += SuperfluidSpinCurrent.energy(constants.stiffness(b), twist(b), a);
		}
		return energy;
	}

	/**
	 * The winding −Σ Δφ / 2π over every bond, in turns, with the sign of ρ = −∂_xφ. On a loop it is the
	 * topological winding number, a whole number that changes only by phase slips; on an open wire it is the twist
	 * between the contacts.
	 */
	public double winding() {
		double sum = 0;
		for (int b = 0; b < wire.bonds(); b++) {
			sum -= twist(b);
		}
		return sum / (2 * Math.PI);
	}

	/**
	 * The mean winding density ρ = −∂_xφ (seed 001 eq. (7)) over the bonds outside the gates, 1/m: the winding the
	 * contacts have loaded, whatever slipped at the gate.
	 */
	public double meanWindingDensity() {
		double sum = 0;
		for (int b = 0; b < wire.bonds(); b++) {
			sum += wire.gated(b) ? 0 : -twist(b);
		}
		return sum / wire.woundLength();
	}

	/**
	 * The winding density on a cell, the mean of its bonds, 1/m; while the gates act, the twist across them is not
	 * winding of the wire and is left out.
	 */
	public double windingDensity(int cell, boolean gateActing) {
		int n = wire.cells();
		double sum = 0;
		int count = 0;
		for (int b : new int[] { cell - 1, cell }) {
			if (!(b >= 0 && b < wire.bonds() || wire.loop())) {
				continue;
			}
			int bond = Math.floorMod(b, n);
			if (!(gateActing && wire.gated(bond))) {
				sum -= twist(bond);
				count++;
			}
		}
		return count == 0 ? 0 : sum / (count * wire.cellLength());
	}

	/** The total spin Σ S along the hard axis, J·s. */
	public double totalSpin() {
		double sum = 0;
		for (int i = 0; i < wire.cells(); i++) {
			sum += spin(i);
		}
		return sum;
	}
}
