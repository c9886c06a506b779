package org.spintex.engine.negf.density;

import java.util.ArrayList;
import java.util.List;

import org.spintex.core.math.GaussKronrod;
import org.spintex.engine.negf.spin.SpinBlock;

/**
 * Integrals over the Fermi sea, ∫_{−∞}^{µ} F(E + i0) dE, of retarded quantities F (G, G V G, …), done on
 * the upper semicircle from E_min to µ: F is analytic in the upper half-plane, so the integral along the
 * arc equals the one along the real axis — bound states below µ included, with their exact weight,
 * without finding them. Below E_min the integrand is Hermitian (band leads) and drops out of the
 * anti-Hermitian parts the density matrix needs; for the wide-band limit the caller adds the tail.
 *
 * <p>The arc z = c + R·e^{iθ} is integrated in θ by adaptive Gauss–Kronrod, cut at angles graded
 * geometrically towards θ = 0, where the arc meets the real axis at µ and the integrand varies on the
 * scale of the level broadening rather than of R.
 */
public final class FermiSea {

	/** Per-site blocks of one or more integrands at a complex energy. */
	@FunctionalInterface
	public interface Integrand {
		SpinBlock[][] at(double zRe, double zIm);
	}

	private final GaussKronrod quadrature;

	public FermiSea(GaussKronrod quadrature) {
		this.quadrature = quadrature;
	}

	/** ∫_{E_min}^{µ} F(E) dE along the arc, for {@code parts} integrands of {@code sites} blocks each. */
	public SpinBlock[][] integrate(Integrand f, int parts, int sites, double bottom, double mu) {
		double radius = 0.5 * (mu - bottom);
		int dimension = parts * sites * SpinBlocks.DOUBLES;
		GaussKronrod.Result result = quadrature.integrate((theta, out) -> {
			double c = Math.cos(theta), s = Math.sin(theta), half = Math.sin(theta / 2);
			// Re z = µ − 2R sin²(θ/2): accurate near µ, where c + R cos θ would cancel catastrophically
			SpinBlock[][] values = f.at(mu - 2 * radius * half * half, radius * s);
			// the arc runs from θ = π (E_min) to θ = 0 (µ): dz = iR e^{iθ} dθ, reversed
			double wr = radius * s, wi = -radius * c;
			for (int p = 0; p < parts; p++) {
				SpinBlocks.pack(values[p], wr, wi, out, p * sites * SpinBlocks.DOUBLES);
			}
		}, dimension, 0, Math.PI, gradedCuts(radius));
		if (!result.converged()) {
			throw new IllegalStateException("the Fermi-sea integral did not converge: error " + result.errorEstimate()
					+ " after " + result.intervals() + " intervals");
		}
		SpinBlock[][] integrals = new SpinBlock[parts][];
		for (int p = 0; p < parts; p++) {
			integrals[p] = SpinBlocks.unpack(result.integral(), p * sites * SpinBlocks.DOUBLES, sites);
		}
		return integrals;
	}

	/** Cuts at (π/2)·2^{−k} down to an arc length of 1e-9 of the unit, and a few towards θ = π. */
	private static double[] gradedCuts(double radius) {
		List<Double> cuts = new ArrayList<>();
		for (double theta = Math.PI / 2; theta * radius > 1e-9; theta /= 2) {
			cuts.add(theta);
		}
		for (int k = 1; k <= 8; k++) {
			cuts.add(Math.PI - Math.PI / 2 * Math.pow(2, -k));
		}
		return cuts.stream().mapToDouble(Double::doubleValue).toArray();
	}
}
