package org.spintex.engine.negf.model;

import org.spintex.core.math.Vector3;
import org.spintex.engine.negf.lead.LeadSelfEnergy;
import org.spintex.engine.negf.spin.SpinBlock;

/**
 * Seed 004 eq. (2): a tight-binding chain, H = −γ Σ_⟨ij⟩ c_i†c_j − J_sd Σ_i c_i† σ·M_i c_i, whose
 * classical moments M_i precess steadily about z with frequency ω, between two leads attached to the
 * first and last site. In the rotating frame U = exp(−iωtσ_z/2) the Hamiltonian is static,
 * H_RF = H(t = 0) − (ħω/2)σ_z on every site and in the leads, so each lead splits into two
 * half-metallic ones: spin ↑ sees Σ(E + ħω/2) and is filled to E_F − ħω/2, spin ↓ sees Σ(E − ħω/2)
 * and is filled to E_F + ħω/2 (Q↑ = −1/2, Q↓ = +1/2). Energies are in any one unit (the engine
 * uses units of γ); moments are given at t = 0, in the frame whose z axis is the precession axis.
 */
public final class PrecessingChain {

	private final double hopping;
	private final double sdExchange;
	private final Vector3[] moments;
	private final double hbarOmega;
	private final Reservoir leftReservoir, rightReservoir;
	private final LeadSelfEnergy left, right;

	/** Both leads fed at zero temperature from one Fermi level: seed 004's setting. */
	public PrecessingChain(double hopping, double sdExchange, Vector3[] moments, double hbarOmega, double fermiEnergy,
			LeadSelfEnergy left, LeadSelfEnergy right) {
		this(hopping, sdExchange, moments, hbarOmega, Reservoir.cold(fermiEnergy), Reservoir.cold(fermiEnergy), left, right);
	}

	public PrecessingChain(double hopping, double sdExchange, Vector3[] moments, double hbarOmega, Reservoir leftReservoir,
			Reservoir rightReservoir, LeadSelfEnergy left, LeadSelfEnergy right) {
		if (moments.length == 0) {
			throw new IllegalArgumentException("a chain needs at least one site");
		}
		this.hopping = hopping;
		this.sdExchange = sdExchange;
		this.moments = moments.clone();
		for (int i = 0; i < moments.length; i++) {
			this.moments[i] = moments[i].normalized();
		}
		this.hbarOmega = hbarOmega;
		this.leftReservoir = leftReservoir;
		this.rightReservoir = rightReservoir;
		this.left = left;
		this.right = right;
	}

	public int sites() {
		return moments.length;
	}

	public double hopping() {
		return hopping;
	}

	public double sdExchange() {
		return sdExchange;
	}

	public Vector3 moment(int i) {
		return moments[i];
	}

	public double hbarOmega() {
		return hbarOmega;
	}

	public Reservoir reservoir(int end) {
		return end == 0 ? leftReservoir : rightReservoir;
	}

	/** Whether both reservoirs have one chemical potential and one temperature (no bias): seed 004's decomposition needs it. */
	public boolean unbiased() {
		return leftReservoir.equals(rightReservoir);
	}

	/** The common Fermi level of unbiased reservoirs. */
	public double fermiEnergy() {
		if (!unbiased()) {
			throw new IllegalStateException("biased reservoirs have no common Fermi level");
		}
		return leftReservoir.chemicalPotential();
	}

	/**
	 * The rotating-frame shift Q_s ħω of the Fermi level of spin {@code spin} (0 ↑, 1 ↓) in every lead:
	 * Q↑ = −1/2, Q↓ = +1/2, so that f_ps(E) = f_p(E − Q_s ħω).
	 */
	public double fermiShift(int spin) {
		return (spin == 0 ? -0.5 : 0.5) * hbarOmega;
	}

	/** The lowest Fermi level of the four rotating-frame leads, min_p µ_p − |ħω|/2. */
	public double lowestFermiLevel() {
		return Math.min(leftReservoir.chemicalPotential(), rightReservoir.chemicalPotential()) - Math.abs(hbarOmega) / 2;
	}

	/** [lowest, highest] energy at which some rotating-frame lead is neither full nor empty. */
	public double[] occupationWindow() {
		double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
		for (int end = 0; end < 2; end++) {
			for (int spin = 0; spin < 2; spin++) {
				low = Math.min(low, reservoir(end).lowerTail(fermiShift(spin)));
				high = Math.max(high, reservoir(end).upperTail(fermiShift(spin)));
			}
		}
		return new double[] { low, high };
	}

	/** The Fermi levels µ_p + Q_s ħω of the four rotating-frame leads: break points of energy integrals. */
	public double[] fermiLevels() {
		double[] levels = new double[4];
		for (int end = 0; end < 2; end++) {
			for (int spin = 0; spin < 2; spin++) {
				levels[2 * end + spin] = reservoir(end).chemicalPotential() + fermiShift(spin);
			}
		}
		return levels;
	}

	public LeadSelfEnergy lead(int end) {
		return end == 0 ? left : right;
	}

	/** The site lead {@code end} (0 left, 1 right) is attached to. */
	public int site(int end) {
		return end == 0 ? 0 : moments.length - 1;
	}

	/** The on-site block h_i = −J_sd σ·M_i, minus (ħω/2)σ_z in the rotating frame. */
	public SpinBlock onsite(int i, boolean rotatingFrame) {
		Vector3 m = moments[i];
		double shift = rotatingFrame ? hbarOmega / 2 : 0;
		return SpinBlock.pauli(0, -sdExchange * m.x(), -sdExchange * m.y(), -sdExchange * m.z() - shift);
	}

	/**
	 * The self-energy block of lead {@code end} at z: in the rotating frame diag(Σ(z + ħω/2), Σ(z − ħω/2)),
	 * otherwise Σ(z)·1.
	 */
	public SpinBlock selfEnergy(int end, double zRe, double zIm, boolean rotatingFrame) {
		double shift = rotatingFrame ? hbarOmega / 2 : 0;
		double[] up = new double[2], down = new double[2];
		lead(end).at(zRe + shift, zIm, up);
		lead(end).at(zRe - shift, zIm, down);
		return SpinBlock.diagonal(up[0], up[1], down[0], down[1]);
	}

	/** Γ = i(Σ − Σ†) of lead {@code end} at real energy E, in the frame asked for. */
	public SpinBlock broadening(int end, double energy, boolean rotatingFrame) {
		SpinBlock sigma = selfEnergy(end, energy, 0, rotatingFrame);
		return sigma.minus(sigma.dagger()).times(0, 1);
	}

	/** The diagonal blocks z − h_i − Σ_i of A = z − H − Σ. */
	public SpinBlock[] inverseGreenBlocks(double zRe, double zIm, boolean rotatingFrame) {
		int n = moments.length;
		SpinBlock[] a = new SpinBlock[n];
		SpinBlock z = SpinBlock.IDENTITY.times(zRe, zIm);
		for (int i = 0; i < n; i++) {
			a[i] = z.minus(onsite(i, rotatingFrame));
		}
		for (int end = 0; end < 2; end++) {
			int s = site(end);
			a[s] = a[s].minus(selfEnergy(end, zRe, zIm, rotatingFrame));
		}
		return a;
	}

	/** A lower bound of the spectrum of H + Σ(E) below the leads' bands (Gershgorin; |Σ| is largest at the band edge), less one hopping. */
	public double spectrumBottom() {
		double edge = 0;
		for (int end = 0; end < 2; end++) {
			for (double e : lead(end).bandEdges()) {
				edge = Math.min(edge, e);
			}
		}
		double[] sigma = new double[2];
		lead(0).at(edge, 0, sigma);
		double leads = Math.abs(sigma[0]);
		lead(1).at(edge, 0, sigma);
		leads += Math.abs(sigma[0]);
		return Math.min(edge, -2 * hopping - Math.abs(sdExchange) - leads) - Math.abs(hbarOmega) / 2 - hopping;
	}
}
