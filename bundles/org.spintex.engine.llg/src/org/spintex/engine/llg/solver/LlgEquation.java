package org.spintex.engine.llg.solver;

import java.util.ArrayList;
import java.util.List;

import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.term.FieldTerm;
import org.spintex.engine.llg.term.ThermalField;
import org.spintex.engine.llg.torque.TorqueTerm;

/**
 * The Landau–Lifshitz–Gilbert equation in Landau–Lifshitz form,
 * dm/dt = −γ/(1 + α²) [m × B + α m × (m × B)] + Σ τ_extra,
 * with B the sum of the registered field terms and τ_extra the registered spin torques. In
 * relaxation mode precession and spin torques are off and the damping term runs at its fastest rate,
 * dm/dt = −(γ/2) m × (m × B) (α = 1): the same path to the energy minimum, in the fewest steps.
 */
public final class LlgEquation {

	private final Magnet magnet;
	private final List<FieldTerm> fieldTerms = new ArrayList<>();
	/** The terms in the order they are summed: one that writes every cell first (see {@link FieldTerm#writesEveryCell()}). */
	private final List<FieldTerm> summationOrder = new ArrayList<>();
	private final List<TorqueTerm> torqueTerms = new ArrayList<>();
	private final VectorField field;
	private boolean relaxation;

	public LlgEquation(Magnet magnet) {
		this.magnet = magnet;
		this.field = new VectorField(magnet.mesh());
	}

	public LlgEquation add(FieldTerm term) {
		fieldTerms.add(term);
		if (term.writesEveryCell() && (summationOrder.isEmpty() || !summationOrder.get(0).writesEveryCell())) {
			summationOrder.add(0, term);
		} else {
			summationOrder.add(term);
		}
		return this;
	}

	public LlgEquation add(TorqueTerm term) {
		torqueTerms.add(term);
		return this;
	}

	public Magnet magnet() {
		return magnet;
	}

	public List<FieldTerm> fieldTerms() {
		return List.copyOf(fieldTerms);
	}

	/** The thermal term, if one is registered: stochastic integrators draw its noise once per step. */
	public ThermalField thermal() {
		for (FieldTerm t : fieldTerms) {
			if (t instanceof ThermalField thermal) {
				return thermal;
			}
		}
		return null;
	}

	/** Switches between the full equation and the damping-only flow used by {@link Relaxation}. */
	public void setRelaxation(boolean on) {
		this.relaxation = on;
	}

	public boolean relaxation() {
		return relaxation;
	}

	/** B_eff = Σ terms, into {@code b}. */
	public void effectiveField(double timeSecond, VectorField m, VectorField b) {
		int first = 0;
		if (!summationOrder.isEmpty() && summationOrder.get(0).writesEveryCell()) {
			summationOrder.get(0).writeField(timeSecond, m, b);
			first = 1;
		} else {
			magnet.loops().forEach(b.cellCount(), b::clear);
		}
		for (int t = first; t < summationOrder.size(); t++) {
			summationOrder.get(t).addField(timeSecond, m, b);
		}
	}

	/** dm/dt for the state m at time t. */
	public void rate(double timeSecond, VectorField m, VectorField dmdt) {
		effectiveField(timeSecond, m, field);
		double[] ms = magnet.ms();
		boolean uniform = magnet.uniformDynamics();
		double alpha = relaxation ? 1 : magnet.alpha();
		double pre = -(uniform ? magnet.gamma() : 1) / (1 + alpha * alpha);
		double p = relaxation ? 0 : 1;
		VectorField b = field;
		magnet.loops().forEach(ms.length, (from, to) -> {
			if (uniform) {
				landauLifshitz(m, b, dmdt, from, to, pre, p, alpha);
			} else {
				landauLifshitzPerCell(m, b, dmdt, from, to, p);
			}
			if (!magnet.everyCellMagnetic()) {
				for (int c = from; c < to; c++) {
					if (ms[c] == 0) {
						dmdt.set(c, 0, 0, 0);
					}
				}
			}
		});
		if (!relaxation) {
			for (TorqueTerm term : torqueTerms) {
				term.addTorque(timeSecond, m, dmdt);
			}
		}
	}

	/**
	 * dm/dt = pre [p m × B + α m × (m × B)] on the cells [from, to): branch-free, so the JIT vectorises
	 * it (empty cells are zeroed afterwards by the caller).
	 */
	private static void landauLifshitz(VectorField m, VectorField b, VectorField dmdt, int from, int to, double pre, double p, double alpha) {
		double[] mX = m.x, mY = m.y, mZ = m.z, bX = b.x, bY = b.y, bZ = b.z, dX = dmdt.x, dY = dmdt.y, dZ = dmdt.z;
		for (int c = from; c < to; c++) {
			double mx = mX[c], my = mY[c], mz = mZ[c];
			double bx = bX[c], by = bY[c], bz = bZ[c];
			double cx = my * bz - mz * by, cy = mz * bx - mx * bz, cz = mx * by - my * bx;
			double ccx = my * cz - mz * cy, ccy = mz * cx - mx * cz, ccz = mx * cy - my * cx;
			dX[c] = pre * (p * cx + alpha * ccx);
			dY[c] = pre * (p * cy + alpha * ccy);
			dZ[c] = pre * (p * cz + alpha * ccz);
		}
	}

	/**
	 * The same with α and γ per cell (a stack of films of different materials); in relaxation α = 1 and the
	 * precession is off as in {@link #landauLifshitz}.
	 */
	private void landauLifshitzPerCell(VectorField m, VectorField b, VectorField dmdt, int from, int to, double p) {
		double[] alphas = magnet.alphas(), gammas = magnet.gammas();
		for (int c = from; c < to; c++) {
			double alpha = relaxation ? 1 : alphas[c];
			double pre = -gammas[c] / (1 + alpha * alpha);
			double mx = m.x[c], my = m.y[c], mz = m.z[c];
			double bx = b.x[c], by = b.y[c], bz = b.z[c];
			double cx = my * bz - mz * by, cy = mz * bx - mx * bz, cz = mx * by - my * bx;
			double ccx = my * cz - mz * cy, ccy = mz * cx - mx * cz, ccz = mx * cy - my * cx;
			dmdt.x[c] = pre * (p * cx + alpha * ccx);
			dmdt.y[c] = pre * (p * cy + alpha * ccy);
			dmdt.z[c] = pre * (p * cz + alpha * ccz);
		}
	}

	/** max over cells of |m × B| in tesla, for the field last computed by {@link #rate} or {@link #effectiveField}. */
	public double maxTorqueTesla(VectorField m, VectorField b) {
		double[] ms = magnet.ms();
		return magnet.loops().max(ms.length, (from, to) -> {
			double max = 0;
			for (int c = from; c < to; c++) {
				double mx = m.x[c], my = m.y[c], mz = m.z[c];
				double bx = b.x[c], by = b.y[c], bz = b.z[c];
				double cx = my * bz - mz * by, cy = mz * bx - mx * bz, cz = mx * by - my * bx;
				double t = cx * cx + cy * cy + cz * cz;
				if (!(t <= max)) {
					max = t;
				}
			}
			return Math.sqrt(max);
		});
	}
}
