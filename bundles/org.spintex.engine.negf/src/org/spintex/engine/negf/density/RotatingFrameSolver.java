package org.spintex.engine.negf.density;

import java.util.Arrays;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

import org.spintex.core.math.GaussKronrod;
import org.spintex.engine.negf.green.GreenFunction;
import org.spintex.engine.negf.green.RecursiveGreenFunction;
import org.spintex.engine.negf.model.PrecessingChain;
import org.spintex.engine.negf.spin.SpinBlock;

/**
 * The steady-state density matrix of the electrons under a precessing texture, at zero temperature,
 * from the rotating-frame Green functions (seed 004): exactly, ρ_RF = (1/2πi)∫G^<dE, and split into
 * the four parts of eqs. (3a)–(3d).
 *
 * <p>Exact ρ: all four effective leads filled to the lower Fermi level µ_lo = E_F − |ħω|/2 make an
 * equilibrium, −(1/π) Im ∫_{−∞}^{µ_lo} G dE on the {@link FermiSea} arc (bound states included); the
 * leads of the other spin add their window, (1/2π)∫_{µ_lo}^{µ_hi} G Γ G† dE, on the real axis.
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
			double scale = Math.max(chain.hopping(), Math.max(Math.abs(chain.sdExchange()), Math.abs(chain.fermiEnergy())));
			bottom = Math.min(bottom, chain.fermiEnergy() - WIDE_BAND_DEPTH * scale);
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

	/** The projector on the spin whose leads are filled higher in the rotating frame: ↓ for ω > 0 (µ↓ = E_F + ħω/2). */
	private SpinBlock upperSpin() {
		return chain.hbarOmega() >= 0 ? SpinBlock.DOWN : SpinBlock.UP;
	}

	public double lowerFermiLevel() {
		return chain.fermiEnergy() - Math.abs(chain.hbarOmega()) / 2;
	}

	public double upperFermiLevel() {
		return chain.fermiEnergy() + Math.abs(chain.hbarOmega()) / 2;
	}

	/** The exact on-site blocks of ρ_RF (= ρ_lab at t = 0). */
	public SpinBlock[] exact() {
		int n = chain.sites();
		double bottom = bottom(), lower = lowerFermiLevel(), upper = upperFermiLevel();
		SpinBlock[] g = sea.integrate((zr, zi) -> new SpinBlock[][] { diagonal(green(zr, zi, true)) }, 1, n, bottom, lower)[0];
		SpinBlock[] rho = imaginary(g, -1 / Math.PI);
		if (!bandLeads()) {
			addWideBandTail(rho, bottom);
		}
		if (upper > lower) {
			SpinBlock upperSpin = upperSpin();
			GaussKronrod.Result window = quadrature.integrate((energy, out) -> {
				GreenFunction gf = green(energy, 0, true);
				SpinBlock[] leads = { upperSpin.times(chain.broadening(0, energy, true)), upperSpin.times(chain.broadening(1, energy, true)) };
				SpinBlocks.pack(throughLeads(gf, chain, leads), 1 / (2 * Math.PI), 0, out, 0);
			}, n * SpinBlocks.DOUBLES, lower, upper, bandEdgesInRotatingFrame());
			SpinBlock[] added = SpinBlocks.unpack(window.integral(), 0, n);
			for (int i = 0; i < n; i++) {
				rho[i] = rho[i].plus(added[i]);
			}
		}
		return rho;
	}

	/** The four parts of eqs. (3a)–(3d) and the exact ρ. */
	public DensityMatrixParts parts() {
		int n = chain.sites();
		double bottom = bottom(), fermi = chain.fermiEnergy(), hw = chain.hbarOmega();
		// the first-order integrands are integrated per unit ħω, so that all three are of order one for the quadrature
		SpinBlock[] precession = new SpinBlock[n];
		Arrays.fill(precession, SpinBlock.SIGMA_Z.times(0.5));
		SpinBlock[][] integrals = sea.integrate((zr, zi) -> {
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
		}, 3, n, bottom, fermi);
		SpinBlock[] adiabatic = imaginary(integrals[0], -1 / Math.PI);
		if (!bandLeads()) {
			addWideBandTail(adiabatic, bottom);
		}
		SpinBlock[] geometric = imaginary(integrals[1], hw / Math.PI);
		SpinBlock[] fermiSea = imaginary(integrals[2], -hw / (2 * Math.PI));
		GreenFunction atFermi = green(fermi, 0, false);
		SpinBlock[] leads = { chain.broadening(0, fermi, false).times(SpinBlock.SIGMA_Z), chain.broadening(1, fermi, false).times(SpinBlock.SIGMA_Z) };
		SpinBlock[] surface = throughLeads(atFermi, chain, leads);
		for (int i = 0; i < n; i++) {
			surface[i] = surface[i].times(-hw / (4 * Math.PI));
		}
		return new DensityMatrixParts(adiabatic, geometric, fermiSea, surface, exact());
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
