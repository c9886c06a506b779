package org.spintex.engine.macrospin.torque;

import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.solver.LlgEquation;
import org.spintex.engine.llg.torque.TorqueTerm;

/**
 * The spin-orbit torques that the spin-density response to the electric field does not explain, seed 003 eqs.
 * (2.28)–(2.29): the field changes the Berry curvature and the damping of the electrons, γ⁻¹ → γ⁻¹ + γ_E⁻¹ and
 * η → η + η_E, linearly in E. Entered as torques on the right of eq. (2.26), ṁ = … − γτ_so:
 * −γτ^γ = γ(γ/γ_E) m × (B + α m × B) — the precession and its Gilbert damping slowed by γ/γ_E — and
 * −γτ^η = −γ(γη_E) m × (m × B) — extra damping α_E = γη_E, which can be negative (anti-damping). Both are added to the
 * Landau–Lifshitz rate to first order in the corrections.
 *
 * @param gyromagneticCorrection γ/γ_E
 * @param dampingCorrection α_E = γη_E
 */
public final class ElectricFieldBerryTorque implements TorqueTerm {

	private final LlgEquation equation;
	private final double gyromagneticCorrection;
	private final double dampingCorrection;
	private final VectorField field;

	public ElectricFieldBerryTorque(LlgEquation equation, double gyromagneticCorrection, double dampingCorrection) {
		this.equation = equation;
		this.gyromagneticCorrection = gyromagneticCorrection;
		this.dampingCorrection = dampingCorrection;
		this.field = new VectorField(equation.magnet().mesh());
	}

	@Override
	public String name() {
		return "electric_field_berry";
	}

	@Override
	public void addTorque(double timeSecond, VectorField m, VectorField dmdt) {
		Magnet magnet = equation.magnet();
		equation.effectiveField(timeSecond, m, field);
		double gamma = magnet.gamma(), alpha = magnet.alpha();
		for (int c = 0; c < m.cellCount(); c++) {
			if (!magnet.isMagnetic(c)) {
				continue;
			}
			double mx = m.x[c], my = m.y[c], mz = m.z[c];
			double bx = field.x[c], by = field.y[c], bz = field.z[c];
			double cx = my * bz - mz * by, cy = mz * bx - mx * bz, cz = mx * by - my * bx;
			double ccx = my * cz - mz * cy, ccy = mz * cx - mx * cz, ccz = mx * cy - my * cx;
			double g = gamma * gyromagneticCorrection, d = gamma * dampingCorrection;
			dmdt.x[c] += g * (cx + alpha * ccx) - d * ccx;
			dmdt.y[c] += g * (cy + alpha * ccy) - d * ccy;
			dmdt.z[c] += g * (cz + alpha * ccz) - d * ccz;
		}
	}
}
