package org.spintex.engine.macrospin.dynamics;

import java.util.List;

import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.solver.LlgEquation;
import org.spintex.engine.llg.term.FieldTerm;
import org.spintex.engine.macrospin.berry.GyromagneticRatio;

/**
 * Seed 003 eq. (2.26) for one macrospin: ṁ = −γ(m) m × (B − …) − γ(m)τ_so, i.e. the micromagnetic engine's LLG rate
 * for the single-cell magnet (its field terms and spin-orbit torques, with γ_f) times γ(m)/γ_f, the Berry-curvature
 * renormalisation, which multiplies every term alike. The state is (m_x, m_y, m_z, W): W integrates the power
 * M_s V B_nc·ṁ of the non-conservative fields (the electric-field-induced ones), whose work has no energy to go with.
 */
public final class MacrospinEquation implements OrdinaryDifferentialEquation {

	private final LlgEquation equation;
	private final GyromagneticRatio gyromagneticRatio;
	private final List<FieldTerm> nonConservative;
	private final double momentAmpereM2;
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
		double vx = factor * rate.x[0], vy = factor * rate.y[0], vz = factor * rate.z[0];
		field.clear();
		for (FieldTerm term : nonConservative) {
			term.addField(t, m, field);
		}
		double power = momentAmpereM2 * (field.x[0] * vx + field.y[0] * vy + field.z[0] * vz);
		return new double[] { vx, vy, vz, power };
	}

	/** The renormalisation γ/γ_f at m. */
	public double gyromagneticFactor(double mx, double my, double mz) {
		return gyromagneticRatio.factor(mx, my, mz);
	}

	public LlgEquation llg() {
		return equation;
	}
}
