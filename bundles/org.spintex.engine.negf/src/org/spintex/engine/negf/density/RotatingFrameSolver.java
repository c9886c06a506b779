package org.spintex.engine.negf.density;

import java.util.Arrays;
import java.util.function.DoubleFunction;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

import org.spintex.core.math.GaussKronrod;
import org.spintex.engine.negf.green.GreenFunction;
import org.spintex.engine.negf.green.RecursiveGreenFunction;
import org.spintex.engine.negf.model.PrecessingChain;
import org.spintex.engine.negf.model.Reservoir;
import org.spintex.engine.negf.spin.SpinBlock;

/**
 * The steady-state density matrix of the electrons under a precessing texture, from the rotating-frame
 * Green functions (seed 004): exactly, ρ_RF = (1/2πi)∫G^<dE, and split into the four parts of
 * eqs. (3a)–(3d).
 *
 * <p>Exact ρ: all four effective leads filled at zero temperature to the lowest of their Fermi levels
 * µ_ref = min_p µ_p − |ħω|/2 make an equilibrium, −(1/π) Im ∫_{−∞}^{µ_ref} G dE on the {@link FermiSea}
 * arc (bound states included, filled below µ_ref); each lead ps adds (1/2π)∫ G Γ_ps G† (f_ps − θ(µ_ref − E)) dE
 * on the real axis, over the window where its occupation differs from the reference: between µ_ref and
 * µ_ps at zero temperature (the ↓ leads' ħω window of seed 004), widened by the thermal tails at k_BT > 0
 * and by a bias µ_L ≠ µ_R. At finite temperature the Fermi-sea parts are completed the same way by
 * ∫ F (f − θ(E_F − E)) dE on the real axis.
 * Decomposition, with G₀ = G at ω = 0 and Im X = (X − X†)/2i:
 * ρ_ad = −(1/π) Im ∫ G₀ f (3a); ρ_geo = (1/π) Im ∫ G₀ (ħωσ_z/2) G₀ f (3b), iħU†∂_tU = ħωσ_z/2;
 * ρ_sea = −(ħω/2π) Im ∫ G₀ Σ_p (∂_EΣ_p σ_z) G₀ f (3c); ρ_surf = −(ħω/4π) Σ_p G₀ Γ_p σ_z G₀† at E_F (3d),
 * the T = 0 form of ∂f/∂E = −δ(E − E_F). Their sum differs from the exact ρ by O(ħω²).
 */
public final class RotatingFrameSolver {

	/** How far below the spectrum the wide-band Fermi sea starts, in units of the largest energy: its tail falls as 1/E_min². */
	private static final double WIDE_BAND_DEPTH = 1e5;

	private final PrecessingChain chain;
	private final GaussKronrod quadrature;
	private final FermiSea sea;

	public RotatingFrameSolver(PrecessingChain chain, GaussKronrod quadrature) {
		this.chain = chain;
		this.quadrature = quadrature;
		this.sea = new FermiSea(quadrature);
	}

	/** The retarded Green function at z, in the rotating frame or at ω = 0. */
	public GreenFunction green(double zRe, double zIm, boolean rotatingFrame) {
		return new RecursiveGreenFunction(chain.inverseGreenBlocks(zRe, zIm, rotatingFrame), chain.hopping());
	}

	private boolean bandLeads() {
		return chain.lead(0).realBelowBand() && chain.lead(1).realBelowBand();
	}

	private double bottom() {
		double bottom = chain.spectrumBottom();
		if (!bandLeads()) {
			double fermi = chain.lowestFermiLevel();
			double scale = Math.max(chain.hopping(), Math.max(Math.abs(chain.sdExchange()), Math.abs(fermi)));
			bottom = Math.min(bottom, fermi - WIDE_BAND_DEPTH * scale);
		}
		return bottom;
	}

	/** −(1/π) Im of the Fermi sea below E_min for wide-band leads: Γ_site/(2π|E_min|) on the lead sites (first order in 1/E_min). */
	private void addWideBandTail(SpinBlock[] rho, double bottom) {
		for (int end = 0; end < 2; end++) {
			double gamma = chain.lead(end).broadeningAtMinusInfinity();
			int s = chain.site(end);
			rho[s] = rho[s].plus(SpinBlock.IDENTITY.times(gamma / (2 * Math.PI * Math.abs(bottom))));
		}
	}

	/** Im X = (X − X†)/2i of every block, times {@code factor}. */
	private static SpinBlock[] imaginary(SpinBlock[] x, double factor) {
		SpinBlock[] result = new SpinBlock[x.length];
		for (int i = 0; i < x.length; i++) {
			result[i] = x[i].imaginaryPart().times(factor);
		}
		return result;
	}

	/** Diagonal blocks of Σ_p G_{i,p} X_p G_{i,p}† for lead-site blocks X_p (null: none). */
	static SpinBlock[] throughLeads(GreenFunction g, PrecessingChain chain, SpinBlock[] leadBlocks) {
		int n = chain.sites();
		SpinBlock[] result = new SpinBlock[n];
		for (int i = 0; i < n; i++) {
			SpinBlock sum = SpinBlock.ZERO;
			for (int end = 0; end < 2; end++) {
				if (leadBlocks[end] != null) {
					SpinBlock column = end == 0 ? g.fromFirst(i) : g.fromLast(i);
					sum = sum.plus(column.times(leadBlocks[end]).times(column.dagger()));
				}
			}
			result[i] = sum;
		}
		return result;
	}

	/** The Fermi level up to which the exact ρ fills every state at zero temperature; the rest is added on the real axis. */
	public double lowerFermiLevel() {
		return chain.lowestFermiLevel();
	}

	/** The exact on-site blocks of ρ_RF (= ρ_lab at t = 0). */
	public SpinBlock[] exact() {
		int n = chain.sites();
		double bottom = bottom(), reference = lowerFermiLevel();
		SpinBlock[] g = sea.integrate((zr, zi) -> new SpinBlock[][] { diagonal(green(zr, zi, true)) }, 1, n, bottom, reference)[0];
		SpinBlock[] rho = imaginary(g, -1 / Math.PI);
		if (!bandLeads()) {
			addWideBandTail(rho, bottom);
		}
		// each lead p,s adds (1/2π) G Γ_ps G† (f_ps − θ(µ_ref − E)) where its occupation differs from the reference
		double[] window = chain.occupationWindow();
		double low = Math.min(window[0], reference), high = window[1];
		if (high > low) {
			GaussKronrod.Result added = quadrature.integrate((energy, out) -> {
				GreenFunction gf = green(energy, 0, true);
				SpinBlock[] leads = new SpinBlock[2];
				for (int end = 0; end < 2; end++) {
					SpinBlock gamma = chain.broadening(end, energy, true);
					double step = energy < reference ? 1 : 0;
					double up = chain.reservoir(end).occupation(energy, chain.fermiShift(0)) - step;
					double down = chain.reservoir(end).occupation(energy, chain.fermiShift(1)) - step;
					leads[end] = SpinBlock.UP.times(gamma).times(up).plus(SpinBlock.DOWN.times(gamma).times(down));
				}
				SpinBlocks.pack(throughLeads(gf, chain, leads), 1 / (2 * Math.PI), 0, out, 0);
			}, n * SpinBlocks.DOUBLES, low, high, breakPoints(reference));
			check(added, "the non-equilibrium window");
			SpinBlock[] nonEquilibrium = SpinBlocks.unpack(added.integral(), 0, n);
			for (int i = 0; i < n; i++) {
				rho[i] = rho[i].plus(nonEquilibrium[i]);
			}
		}
		return rho;
	}

	private static void check(GaussKronrod.Result result, String what) {
		if (!result.converged()) {
			throw new IllegalStateException(what + " did not converge: error " + result.errorEstimate() + " after "
					+ result.intervals() + " intervals");
		}
	}

	/** Band edges of the four rotating-frame leads, their Fermi levels and {@code extra}. */
	public double[] breakPoints(double... extra) {
		return DoubleStream.concat(DoubleStream.concat(Arrays.stream(bandEdgesInRotatingFrame()), Arrays.stream(chain.fermiLevels())),
				Arrays.stream(extra)).toArray();
	}

	/**
	 * The four parts of eqs. (3a)–(3d) and the exact ρ. The decomposition is seed 004's, about one Fermi
	 * distribution: it needs unbiased reservoirs ({@link PrecessingChain#unbiased()}).
	 */
	public DensityMatrixParts parts() {
		int n = chain.sites();
		double bottom = bottom(), hw = chain.hbarOmega();
		Reservoir reservoir = chain.reservoir(0);
		double fermi = chain.fermiEnergy();
		// the first-order integrands are integrated per unit ħω, so that all three are of order one for the quadrature
		SpinBlock[] precession = new SpinBlock[n];
		Arrays.fill(precession, SpinBlock.SIGMA_Z.times(0.5));
		FermiSea.Integrand integrand = (zr, zi) -> {
			GreenFunction g = green(zr, zi, false);
			SpinBlock[] leadDerivative = new SpinBlock[n];
			double[] d = new double[2];
			for (int end = 0; end < 2; end++) {
				chain.lead(end).derivativeAt(zr, zi, d);
				int s = chain.site(end);
				SpinBlock term = SpinBlock.SIGMA_Z.times(d[0], d[1]);
				leadDerivative[s] = leadDerivative[s] == null ? term : leadDerivative[s].plus(term);
			}
			return new SpinBlock[][] { diagonal(g), g.sandwichDiagonal(precession), g.sandwichDiagonal(leadDerivative) };
		};
		SpinBlock[][] integrals = sea.integrate(integrand, 3, n, bottom, fermi);
		if (reservoir.thermalEnergy() > 0) {
			// ∫ F f dE = ∫^µ F dE + ∫ F (f − θ(µ − E)) dE, the second on the real axis over the thermal tails
			GaussKronrod.Result tails = quadrature.integrate((energy, out) -> {
				double weight = reservoir.occupation(energy, 0) - (energy < fermi ? 1 : 0);
				SpinBlock[][] values = integrand.at(energy, 0);
				for (int p = 0; p < 3; p++) {
					SpinBlocks.pack(values[p], weight, 0, out, p * n * SpinBlocks.DOUBLES);
				}
			}, 3 * n * SpinBlocks.DOUBLES, reservoir.lowerTail(0), reservoir.upperTail(0), breakPoints(fermi));
			check(tails, "the thermal tails of the Fermi sea");
			for (int p = 0; p < 3; p++) {
				SpinBlock[] tail = SpinBlocks.unpack(tails.integral(), p * n * SpinBlocks.DOUBLES, n);
				for (int i = 0; i < n; i++) {
					integrals[p][i] = integrals[p][i].plus(tail[i]);
				}
			}
		}
		SpinBlock[] adiabatic = imaginary(integrals[0], -1 / Math.PI);
		if (!bandLeads()) {
			addWideBandTail(adiabatic, bottom);
		}
		SpinBlock[] geometric = imaginary(integrals[1], hw / Math.PI);
		SpinBlock[] fermiSea = imaginary(integrals[2], -hw / (2 * Math.PI));
		SpinBlock[] surface = fermiSurfaceAverage(n, energy -> {
			SpinBlock[] leads = { chain.broadening(0, energy, false).times(SpinBlock.SIGMA_Z),
					chain.broadening(1, energy, false).times(SpinBlock.SIGMA_Z) };
			return throughLeads(green(energy, 0, false), chain, leads);
		});
		for (int i = 0; i < n; i++) {
			surface[i] = surface[i].times(-hw / (4 * Math.PI));
		}
		return new DensityMatrixParts(adiabatic, geometric, fermiSea, surface, exact());
	}

	/**
	 * ∫ (−∂f/∂E) X(E) dE over the Fermi surface of the unbiased reservoirs: X(E_F) at zero temperature, the
	 * thermal average otherwise.
	 */
	public SpinBlock[] fermiSurfaceAverage(int blocks, DoubleFunction<SpinBlock[]> x) {
		Reservoir reservoir = chain.reservoir(0);
		double fermi = chain.fermiEnergy();
		if (reservoir.thermalEnergy() == 0) {
			return x.apply(fermi);
		}
		GaussKronrod.Result average = quadrature.integrate((energy, out) -> SpinBlocks.pack(x.apply(energy),
				reservoir.occupationSlope(energy, 0), 0, out, 0), blocks * SpinBlocks.DOUBLES, reservoir.lowerTail(0),
				reservoir.upperTail(0), breakPoints(fermi));
		check(average, "the Fermi-surface average");
		return SpinBlocks.unpack(average.integral(), 0, blocks);
	}

	private static SpinBlock[] diagonal(GreenFunction g) {
		SpinBlock[] d = new SpinBlock[g.sites()];
		for (int i = 0; i < d.length; i++) {
			d[i] = g.diagonal(i);
		}
		return d;
	}

	/** The band edges of the four effective leads, shifted by ∓ħω/2. */
	double[] bandEdgesInRotatingFrame() {
		double shift = chain.hbarOmega() / 2;
		return IntStream.range(0, 2).boxed()
				.flatMapToDouble(end -> Arrays.stream(chain.lead(end).bandEdges()).flatMap(e -> DoubleStream.of(e - shift, e + shift)))
				.toArray();
	}

	public PrecessingChain chain() {
		return chain;
	}
}
