package org.spintex.engine.negf.torque;

import org.spintex.core.math.Vector3;

/**
 * The spin-motive-force estimate that seed 004 compares its Fermi-surface result with (Fig. 4 caption): a
 * precessing texture drives the spin current I^{Sz}(x) = (gµ_Bħ G₀/4e²)[∂_tM × ∂_xM]_z, which with
 * G₀ = g₀ e²/h and the lattice constant as length unit is (g₀/8π)[∂_tM × ∂_xM]_z in units of ħ × rate; its
 * divergence is the Zhang–Zhang damping-like torque, T_{i,z} = (g₀/8π) ħω (∂_xM_z)²_i for precession about z.
 * On the chain ∂_tM = ħω ẑ × M and ∂_xM are taken between sites (bonds) or by central differences (sites).
 */
public final class SpinMotiveForce {

	private SpinMotiveForce() {
	}

	/** The bond currents I_{i→i+1}, i = 0..N−2, for moments at t = 0 precessing about z. */
	public static double[] bondCurrents(Vector3[] moments, double hbarOmega, double conductance) {
		double[] bonds = new double[Math.max(0, moments.length - 1)];
		for (int i = 0; i < bonds.length; i++) {
			Vector3 middle = moments[i].plus(moments[i + 1]).times(0.5);
			Vector3 rate = Vector3.UNIT_Z.cross(middle).times(hbarOmega);
			Vector3 gradient = moments[i + 1].minus(moments[i]);
			bonds[i] = conductance / (8 * Math.PI) * rate.cross(gradient).z();
		}
		return bonds;
	}

	/** The Zhang–Zhang damping-like z-torques on the sites, with one-sided differences at the ends. */
	public static double[] siteTorques(Vector3[] moments, double hbarOmega, double conductance) {
		int n = moments.length;
		double[] torques = new double[n];
		if (n < 2) {
			return torques; // one moment has no gradient
		}
		for (int i = 0; i < n; i++) {
			double gradient = i == 0 ? moments[1].z() - moments[0].z()
					: i == n - 1 ? moments[n - 1].z() - moments[n - 2].z() : 0.5 * (moments[i + 1].z() - moments[i - 1].z());
			torques[i] = conductance / (8 * Math.PI) * hbarOmega * gradient * gradient;
		}
		return torques;
	}
}
