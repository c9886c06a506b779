package org.spintex.engine.llg.solver;

import org.spintex.core.results.RunCancelledException;
import org.spintex.core.results.RunControl;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.Magnet;

/**
 * Steepest descent on the unit sphere with Barzilai–Borwein step sizes (Barzilai and Borwein, IMA J.
 * Numer. Anal. 8, 141 (1988); for micromagnetics Exl et al., J. Appl. Phys. 115, 17D118 (2014)):
 * m ← normalise(m − τ g) with g = m × (m × B), the energy gradient projected on the tangent plane,
 * and τ alternating between sᵀs/sᵀy and sᵀy/yᵀy. Much faster than relax for static ground states; it
 * knows nothing of dynamics, so time-dependent terms are frozen at t = 0. No cell turns by more than
 * {@link #MAX_TURN_RADIAN} in one iteration, so that a long Barzilai–Borwein step cannot carry a texture
 * over an energy barrier into another topological sector.
 */
public final class EnergyMinimizer {

	/** The largest rotation of any cell in one iteration. */
	public static final double MAX_TURN_RADIAN = 0.1;

	private final double torqueToleranceTesla;
	private final long maxIterations;

	public EnergyMinimizer(double torqueToleranceTesla, long maxIterations) {
		this.torqueToleranceTesla = torqueToleranceTesla;
		this.maxIterations = maxIterations;
	}

	/** Minimises the energy from m, in place, and says how far it got. */
	public Convergence minimize(LlgEquation equation, VectorField m, RunControl control) {
		Magnet magnet = equation.magnet();
		VectorField b = new VectorField(m.mesh());
		VectorField g = new VectorField(m.mesh());
		VectorField gPrevious = new VectorField(m.mesh());
		VectorField mPrevious = new VectorField(m.mesh());
		equation.effectiveField(0, m, b);
		gradient(magnet, m, b, g);
		double gMax = VectorOps.maxNorm(magnet.loops(), g);
		double initialMax = gMax;
		VectorField s = new VectorField(m.mesh());
		VectorField y = new VectorField(m.mesh());
		double tau = 1e-2 / Math.max(gMax, 1e-30);
		long iteration = 0;
		for (; iteration < maxIterations && gMax > torqueToleranceTesla; iteration++) {
			mPrevious.copyFrom(m);
			gPrevious.copyFrom(g);
			VectorOps.combineNormalised(magnet, m, mPrevious, -tau, new double[] { 1 }, new VectorField[] { gPrevious });
			equation.effectiveField(0, m, b);
			gradient(magnet, m, b, g);
			gMax = VectorOps.maxNorm(magnet.loops(), g);
			if (Double.isNaN(gMax)) {
				m.copyFrom(mPrevious);
				throw new IntegrationFailure("energy minimisation produced NaN at iteration " + iteration, mPrevious.copy(), 0);
			}
			// s = Δm, y = Δg
			VectorOps.combine(magnet.loops(), s, m, -1, new double[] { 1 }, new VectorField[] { mPrevious });
			VectorOps.combine(magnet.loops(), y, g, -1, new double[] { 1 }, new VectorField[] { gPrevious });
			double ss = VectorOps.dot(magnet.loops(), s, s), sy = VectorOps.dot(magnet.loops(), s, y), yy = VectorOps.dot(magnet.loops(), y, y);
			double candidate = iteration % 2 == 0 ? ss / sy : sy / yy;
			tau = candidate > 0 && Double.isFinite(candidate) ? candidate : 1e-2 / Math.max(gMax, 1e-30);
			tau = Math.min(tau, MAX_TURN_RADIAN / Math.max(gMax, 1e-30));
			if (iteration % 100 == 0) {
				if (control.cancelled()) {
					throw new RunCancelledException("minimize");
				}
				control.progress("minimize", ConvergenceProgress.fraction(initialMax, gMax, torqueToleranceTesla));
			}
		}
		return new Convergence(gMax, torqueToleranceTesla, iteration);
	}

	private static void gradient(Magnet magnet, VectorField m, VectorField b, VectorField g) {
		magnet.loops().forEach(m.cellCount(), (from, to) -> {
			for (int c = from; c < to; c++) {
				double mx = m.x[c], my = m.y[c], mz = m.z[c];
				double bx = b.x[c], by = b.y[c], bz = b.z[c];
				double cx = my * bz - mz * by, cy = mz * bx - mx * bz, cz = mx * by - my * bx;
				g.set(c, my * cz - mz * cy, mz * cx - mx * cz, mx * cy - my * cx);
			}
		});
	}
}
