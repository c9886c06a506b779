package org.spintex.engine.macrospin.dynamics;

import java.util.List;

import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.solver.LlgEquation;
import org.spintex.engine.llg.term.FieldTerm;
import org.spintex.engine.macrospin.berry.GyromagneticRatio;

/**
 * Seed 003 eq. (2.26) for one macrospin: ṁ = −γ(m) m × (B − η ṁ) − γ(m)τ_so, with the Berry-curvature gyromagnetic
 * ratio γ(m) (eqs. (2.32)–(2.34)) and the ferromagnet's own damping η = α/γ_f. The gapped surface states add nothing
 * to η (seed 003, after eq. (2.35)), so γ(m) renormalises the driving terms but not η: the effective Gilbert damping
 * is α' = γ(m)η = α γ(m)/γ_f.
 *
 * <p>The micromagnetic engine gives the single cell's rate in Landau–Lifshitz form for (γ_f, α), its field terms and
 * spin-orbit torques included: ṁ_f = (X_f + α m × X_f)/(1 + α²) for the Gilbert-form driving X_f = −γ_f(m × B + τ).
 * This class recovers X_f = ṁ_f − α m × ṁ_f (exact for any transverse rate), scales it to X = (γ/γ_f)X_f — every
 * term of eq. (2.26) carries γ — and solves ṁ − α' m × ṁ = X as ṁ = (X + α' m × X)/(1 + α'²).
 *
 * <p>The state is (m_x, m_y, m_z, W): W integrates the power M_s V B_nc·ṁ of the non-conservative fields (the
 * electric-field-induced ones), whose work has no energy to go with.
 */
public final class MacrospinEquation implements OrdinaryDifferentialEquation {

	private final LlgEquation equation;
	private final GyromagneticRatio gyromagneticRatio;
	private final List<FieldTerm> nonConservative;
	private final double momentAmpereM2;
	/** α = γ_f η of the ferromagnet, the damping the engine's rate was computed with. */
	private final double damping;
	private final VectorField m;
	private final VectorField rate;
	private final VectorField field;

	public MacrospinEquation(LlgEquation equation, GyromagneticRatio gyromagneticRatio, List<FieldTerm> nonConservative) {
		Magnet magnet = equation.magnet();
		if (magnet.mesh().cellCount() != 1) {
			throw new IllegalArgumentException("a macrospin is a single cell, not " + magnet.mesh().cellCount());
		}
		this.equation = equation;
		this.gyromagneticRatio = gyromagneticRatio;
		this.nonConservative = List.copyOf(nonConservative);
		this.momentAmpereM2 = magnet.ms(0) * magnet.mesh().cellVolume();
		this.damping = magnet.alpha();
		this.m = new VectorField(magnet.mesh());
		this.rate = new VectorField(magnet.mesh());
		this.field = new VectorField(magnet.mesh());
	}

	@Override
	public int getDimension() {
		return 4;
	}

	@Override
	public double[] computeDerivatives(double t, double[] y) {
		double norm = Math.sqrt(y[0] * y[0] + y[1] * y[1] + y[2] * y[2]);
		m.set(0, y[0] / norm, y[1] / norm, y[2] / norm);
		equation.rate(t, m, rate);
		double factor = gyromagneticRatio.factor(m.x[0], m.y[0], m.z[0]);
		double[] v = renormalisedRate(m.x[0], m.y[0], m.z[0], rate.x[0], rate.y[0], rate.z[0], damping, factor);
		double vx = v[0], vy = v[1], vz = v[2];
		field.clear();
		for (FieldTerm term : nonConservative) {
			term.addField(t, m, field);
		}
		double power = momentAmpereM2 * (field.x[0] * vx + field.y[0] * vy + field.z[0] * vz);
		return new double[] { vx, vy, vz, power };
	}

	/**
	 * ṁ of eq. (2.26) from the Landau–Lifshitz rate ṁ_f for (γ_f, α) at the unit vector m, with γ = factor·γ_f and
	 * η = α/γ_f unchanged.
	 */
	static double[] renormalisedRate(double mx, double my, double mz, double fx, double fy, double fz, double alpha,
			double factor) {
		// X_f = ṁ_f − α m × ṁ_f, then X = (γ/γ_f) X_f
		double xx = factor * (fx - alpha * (my * fz - mz * fy));
		double xy = factor * (fy - alpha * (mz * fx - mx * fz));
		double xz = factor * (fz - alpha * (mx * fy - my * fx));
		double a = alpha * factor;
		double norm = 1 / (1 + a * a);
		return new double[] { norm * (xx + a * (my * xz - mz * xy)), norm * (xy + a * (mz * xx - mx * xz)),
				norm * (xz + a * (mx * xy - my * xx)) };
	}

	/** The renormalisation γ/γ_f at m. */
	public double gyromagneticFactor(double mx, double my, double mz) {
		return gyromagneticRatio.factor(mx, my, mz);
	}

	public LlgEquation llg() {
		return equation;
	}
}
