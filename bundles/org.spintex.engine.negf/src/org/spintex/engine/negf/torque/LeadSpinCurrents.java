package org.spintex.engine.negf.torque;

import org.spintex.core.math.GaussKronrod;
import org.spintex.engine.negf.density.RotatingFrameSolver;
import org.spintex.engine.negf.green.GreenFunction;
import org.spintex.engine.negf.model.PrecessingChain;
import org.spintex.engine.negf.spin.SpinBlock;

/**
 * The spin current (of ŝ_z = σ_z/2, units ħ × rate, like the torques) pumped out of the chain into each
 * lead. In the rotating frame it is four-terminal Landauer transport between the half-metallic leads:
 * J^in_{pσ} = ∫dE/2π Σ_{qσ'} Tr[Γ_pσ G Γ_qσ' G†](f_pσ − f_qσ'), so the outflow of spin into lead p is
 * I_p = sign(ω)·½ ∫_{µ_lo}^{µ_hi} dE/2π Σ_q (Tr[Γ_p↑ G Γ_q↓ G†] + Tr[Γ_p↓ G Γ_q↑ G†]) (q = p included:
 * spin-flip reflection). To first order in ħω (the Fermi-surface part, seed 004 Fig. 4) the window
 * shrinks to E_F with ω = 0 in G and Γ.
 */
public final class LeadSpinCurrents {

	private LeadSpinCurrents() {
	}

	/** Exact currents into the left and right lead. */
	public static double[] exact(RotatingFrameSolver solver, GaussKronrod quadrature) {
		PrecessingChain chain = solver.chain();
		double lower = solver.lowerFermiLevel(), upper = solver.upperFermiLevel();
		if (!(upper > lower)) {
			return new double[2];
		}
		GaussKronrod.Result result = quadrature.integrate((energy, out) -> {
			GreenFunction g = solver.green(energy, 0, true);
			double[] currents = transmissionSums(chain, g, energy, true);
			out[0] = currents[0] / (2 * Math.PI);
			out[1] = currents[1] / (2 * Math.PI);
		}, 2, lower, upper);
		double sign = Math.signum(chain.hbarOmega()) / 2;
		return new double[] { sign * result.integral()[0], sign * result.integral()[1] };
	}

	/** First-order (Fermi-surface) currents: (ħω/4π) Σ_q (…) at E_F with ω = 0. */
	public static double[] linear(RotatingFrameSolver solver) {
		PrecessingChain chain = solver.chain();
		double fermi = chain.fermiEnergy();
		double[] sums = transmissionSums(chain, solver.green(fermi, 0, false), fermi, false);
		double factor = chain.hbarOmega() / (4 * Math.PI);
		return new double[] { factor * sums[0], factor * sums[1] };
	}

	/** Σ_q Tr[Γ_p↑ G_pq Γ_q↓ G_pq†] + Tr[Γ_p↓ G_pq Γ_q↑ G_pq†] for p = left, right. */
	private static double[] transmissionSums(PrecessingChain chain, GreenFunction g, double energy, boolean rotatingFrame) {
		SpinBlock[] gammas = { chain.broadening(0, energy, rotatingFrame), chain.broadening(1, energy, rotatingFrame) };
		double[] sums = new double[2];
		for (int p = 0; p < 2; p++) {
			SpinBlock gammaUp = SpinBlock.UP.times(gammas[p]), gammaDown = SpinBlock.DOWN.times(gammas[p]);
			for (int q = 0; q < 2; q++) {
				SpinBlock gpq = q == 0 ? g.fromFirst(chain.site(p)) : g.fromLast(chain.site(p));
				SpinBlock qUp = SpinBlock.UP.times(gammas[q]), qDown = SpinBlock.DOWN.times(gammas[q]);
				sums[p] += gammaUp.times(gpq).times(qDown).times(gpq.dagger()).traceRe()
						+ gammaDown.times(gpq).times(qUp).times(gpq.dagger()).traceRe();
			}
		}
		return sums;
	}
}
