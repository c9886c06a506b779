package org.spintex.engine.negf.torque;

import org.spintex.core.math.GaussKronrod;
import org.spintex.engine.negf.density.RotatingFrameSolver;
import org.spintex.engine.negf.green.GreenFunction;
import org.spintex.engine.negf.model.PrecessingChain;
import org.spintex.engine.negf.spin.SpinBlock;

/**
 * The spin current (of ŝ_z = σ_z/2, units ħ × rate, like the torques) and the particle current pumped or
 * driven out of the chain into each lead. In the rotating frame it is four-terminal Landauer transport
 * between the half-metallic leads: J^in_{pσ} = ∫dE/2π Σ_{qσ'} Tr[Γ_pσ G Γ_qσ' G†](f_pσ − f_qσ') (q = p
 * included: spin-flip reflection), so the spin flowing out into lead p is I_p = −½(J^in_p↑ − J^in_p↓) and the
 * particles J_p = −(J^in_p↑ + J^in_p↓). Without bias at zero temperature this is
 * I_p = sign(ω)·½ ∫_{µ_lo}^{µ_hi} dE/2π Σ_q (Tr[Γ_p↑ G Γ_q↓ G†] + Tr[Γ_p↓ G Γ_q↑ G†]). To first order in ħω
 * (the Fermi-surface part, seed 004 Fig. 4) the window shrinks to E_F with ω = 0 in G and Γ.
 */
public final class LeadSpinCurrents {

	/** Currents out of the chain into the left and right lead: spin (of ŝ_z) and particles, per unit time (ħ = 1). */
	public record Currents(double spinLeft, double spinRight, double particlesLeft, double particlesRight) {

		public double spinTotal() {
			return spinLeft + spinRight;
		}
	}

	private LeadSpinCurrents() {
	}

	/** Exact currents into the left and right lead. */
	public static Currents exact(RotatingFrameSolver solver, GaussKronrod quadrature) {
		PrecessingChain chain = solver.chain();
		double[] window = chain.occupationWindow();
		if (!(window[1] > window[0])) {
			return new Currents(0, 0, 0, 0);
		}
		GaussKronrod.Result result = quadrature.integrate((energy, out) -> {
			GreenFunction g = solver.green(energy, 0, true);
			SpinBlock[] gammas = { chain.broadening(0, energy, true), chain.broadening(1, energy, true) };
			double[][] f = new double[2][2];
			for (int end = 0; end < 2; end++) {
				for (int s = 0; s < 2; s++) {
					f[end][s] = chain.reservoir(end).occupation(energy, chain.fermiShift(s));
				}
			}
			for (int p = 0; p < 2; p++) {
				double[] inflow = new double[2];
				for (int s = 0; s < 2; s++) {
					SpinBlock gammaP = spin(s).times(gammas[p]);
					for (int q = 0; q < 2; q++) {
						SpinBlock gpq = column(g, chain, p, q);
						for (int t = 0; t < 2; t++) {
							double difference = f[p][s] - f[q][t];
							if (difference != 0) {
								inflow[s] += difference
										* gammaP.times(gpq).times(spin(t).times(gammas[q])).times(gpq.dagger()).traceRe();
							}
						}
					}
				}
				out[p] = -0.5 * (inflow[0] - inflow[1]) / (2 * Math.PI);
				out[2 + p] = -(inflow[0] + inflow[1]) / (2 * Math.PI);
			}
		}, 4, window[0], window[1], solver.breakPoints());
		if (!result.converged()) {
			// an unconverged current is no result, as for the density matrix's integrals
			throw new IllegalStateException("the lead currents' energy integral did not converge: error " + result.errorEstimate()
					+ " after " + result.intervals() + " intervals");
		}
		double[] c = result.integral();
		return new Currents(c[0], c[1], c[2], c[3]);
	}

	/** First-order (Fermi-surface) spin currents, (ħω/4π) Σ_q (…) at E_F with ω = 0 (thermally averaged at k_BT > 0); no particle current. */
	public static Currents linear(RotatingFrameSolver solver) {
		PrecessingChain chain = solver.chain();
		SpinBlock[] sums = solver.fermiSurfaceAverage(2, energy -> {
			double[] s = transmissionSums(chain, solver.green(energy, 0, false), energy);
			return new SpinBlock[] { SpinBlock.IDENTITY.times(s[0]), SpinBlock.IDENTITY.times(s[1]) };
		});
		double factor = chain.hbarOmega() / (4 * Math.PI);
		return new Currents(factor * sums[0].re(0, 0), factor * sums[1].re(0, 0), 0, 0);
	}

	/** Σ_q Tr[Γ_p↑ G_pq Γ_q↓ G_pq†] + Tr[Γ_p↓ G_pq Γ_q↑ G_pq†] for p = left, right, at ω = 0. */
	private static double[] transmissionSums(PrecessingChain chain, GreenFunction g, double energy) {
		SpinBlock[] gammas = { chain.broadening(0, energy, false), chain.broadening(1, energy, false) };
		double[] sums = new double[2];
		for (int p = 0; p < 2; p++) {
			SpinBlock gammaUp = SpinBlock.UP.times(gammas[p]), gammaDown = SpinBlock.DOWN.times(gammas[p]);
			for (int q = 0; q < 2; q++) {
				SpinBlock gpq = column(g, chain, p, q);
				SpinBlock qUp = SpinBlock.UP.times(gammas[q]), qDown = SpinBlock.DOWN.times(gammas[q]);
				sums[p] += gammaUp.times(gpq).times(qDown).times(gpq.dagger()).traceRe()
						+ gammaDown.times(gpq).times(qUp).times(gpq.dagger()).traceRe();
			}
		}
		return sums;
	}

	/** G between the site of lead p and that of lead q. */
	private static SpinBlock column(GreenFunction g, PrecessingChain chain, int p, int q) {
		return q == 0 ? g.fromFirst(chain.site(p)) : g.fromLast(chain.site(p));
	}

	private static SpinBlock spin(int s) {
		return s == 0 ? SpinBlock.UP : SpinBlock.DOWN;
	}
}
