package org.spintex.engine.negf.torque;

/**
 * The spin current along the chain, from angular-momentum balance on each site: the component along the
 * precession axis is conserved by the hopping, so T_{i,z} = I_{i→i+1} − I_{i−1→i}, and the currents follow
 * from the torques and the current out into the left lead, I_{L→1} = −I_L. For any Hermitian ρ this is
 * the bond current −γ Σ_s (±1)_s Im ρ_{(i,s),(i+1,s)} (seed 004 Fig. 4(b), (c)).
 */
public final class BondSpinCurrents {

	private BondSpinCurrents() {
	}

	/** I on the N + 1 bonds L→1, 1→2, …, N→R, from the z-torques and the spin current into the left lead. */
	public static double[] fromTorques(double[] torqueZ, double intoLeftLead) {
		double[] bonds = new double[torqueZ.length + 1];
		bonds[0] = -intoLeftLead;
		for (int i = 0; i < torqueZ.length; i++) {
			bonds[i + 1] = bonds[i] + torqueZ[i];
		}
		return bonds;
	}
}
