package org.spintex.engine.negf.density;

import java.util.ArrayList;
import java.util.List;

import org.spintex.engine.negf.model.PrecessingChain;
import org.spintex.engine.negf.spin.SpinBlock;

/**
 * The bound states of the chain: real poles of G outside the leads' bands, where Σ is real and the
 * chain's states cannot leak out. Any attractive potential binds in one dimension, so a strong s-d
 * exchange (J_sd = 20γ in seed 004) always has them. They are found without diagonalising: the number
 * c(E) of eigenvalues of H + Σ(E) below E is the number of negative eigenvalues of the block pivots
 * D_i = (h_i + Σ_i − E) − γ² D_{i−1}⁻¹ (Sylvester's law of inertia), O(N); since Σ′ < 0 outside the
 * band, c(E) only grows with E, by one at each bound state, and bisection brackets every step. The
 * Fermi-sea integrals already count them (they lie on the real axis inside the arc); they are occupied
 * below the lowest Fermi level of the rotating-frame leads, µ_ref = min_p µ_p − |ħω|/2, at zero
 * temperature: nothing couples them to a reservoir, so the filling is that of the adiabatically switched
 * ground state (seed 004 does not discuss it; for E_F in the band it is unambiguous).
 */
public final class BoundStates {

	/** A bound state and whether the reservoirs fill it. */
	public record BoundState(double energy, boolean occupied) {
	}

	private static final double ENERGY_TOLERANCE = 1e-12;
	/** Distance from the band edges, in units of γ, inside which bound states are not looked for (binding ~J_sd² is far larger). */
	private static final double EDGE_MARGIN = 1e-9;

	private BoundStates() {
	}

	/** The bound states of the chain in the rotating frame (or at ω = 0), lowest first. */
	public static List<BoundState> of(PrecessingChain chain, boolean rotatingFrame) {
		List<BoundState> states = new ArrayList<>();
		if (!chain.lead(0).realBelowBand() || !chain.lead(1).realBelowBand()) {
			return states; // wide-band leads broaden every state
		}
		double shift = rotatingFrame ? Math.abs(chain.hbarOmega()) / 2 : 0;
		double bandBottom = Double.POSITIVE_INFINITY, bandTop = Double.NEGATIVE_INFINITY;
		for (int end = 0; end < 2; end++) {
			for (double edge : chain.lead(end).bandEdges()) {
				bandBottom = Math.min(bandBottom, edge - shift);
				bandTop = Math.max(bandTop, edge + shift);
			}
		}
		// exactly at a band edge the continuum's edge state counts as half bound: stay just outside
		double margin = EDGE_MARGIN * chain.hopping();
		bandBottom -= margin;
		bandTop += margin;
		double[] window = chain.occupationWindow();
		double bottom = Math.min(chain.spectrumBottom(), window[0]), top = Math.max(-chain.spectrumBottom(), window[1]);
		double fermi = chain.lowestFermiLevel();
		List<Double> energies = new ArrayList<>();
		bracket(chain, rotatingFrame, bottom, bandBottom, count(chain, rotatingFrame, bottom), count(chain, rotatingFrame, bandBottom), energies);
		bracket(chain, rotatingFrame, bandTop, top, count(chain, rotatingFrame, bandTop), count(chain, rotatingFrame, top), energies);
		for (double e : energies) {
			states.add(new BoundState(e, e < fermi));
		}
		return states;
	}

	private static void bracket(PrecessingChain chain, boolean rotatingFrame, double a, double b, int countA, int countB, List<Double> out) {
		if (countA == countB) {
			return;
		}
		if (b - a < ENERGY_TOLERANCE * Math.max(1, Math.abs(a))) {
			for (int k = countA; k < countB; k++) {
				out.add(0.5 * (a + b));
			}
			return;
		}
		double mid = 0.5 * (a + b);
		int countMid = count(chain, rotatingFrame, mid);
		bracket(chain, rotatingFrame, a, mid, countA, countMid, out);
		bracket(chain, rotatingFrame, mid, b, countMid, countB, out);
	}

	/** c(E): the negative eigenvalues of H + Σ(E) − E, from the inertia of its block LDL† pivots. */
	static int count(PrecessingChain chain, boolean rotatingFrame, double energy) {
		SpinBlock[] a = chain.inverseGreenBlocks(energy, 0, rotatingFrame); // E − h − Σ = −(H + Σ − E)
		double g2 = chain.hopping() * chain.hopping();
		int negative = 0;
		SpinBlock pivot = null;
		for (SpinBlock block : a) {
			SpinBlock m = block.times(-1);
			pivot = pivot == null ? m : m.minus(pivot.inverse().times(g2));
			negative += negativeEigenvalues(pivot);
		}
		return negative;
	}

	/** Negative eigenvalues of a Hermitian 2 × 2 block (its imaginary diagonal and asymmetry are round-off). */
	private static int negativeEigenvalues(SpinBlock h) {
		double a = h.re(0, 0), d = h.re(1, 1);
		double br = 0.5 * (h.re(0, 1) + h.re(1, 0)), bi = 0.5 * (h.im(0, 1) - h.im(1, 0));
		double mean = 0.5 * (a + d), radius = Math.sqrt(0.25 * (a - d) * (a - d) + br * br + bi * bi);
		return (mean - radius < 0 ? 1 : 0) + (mean + radius < 0 ? 1 : 0);
	}
}
