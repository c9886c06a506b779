package org.spintex.engine.macrospin.field;

import org.spintex.core.physics.PhysicalConstants;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.term.FieldTerm;

/**
 * The field that an electric field E along x induces through the Dirac surface of a topological insulator, seed 003
 * eq. (2.36): H_E = −(eE|α|/4πma) sgn(m_z) x̂ — the Fermi-sea (magnetoelectric) part, the only one left while the
 * surface is gapped (m_z ≠ 0). In tesla on the magnet's moment, B_E = eE|α|/(4π M_s d a) with m = M_s d per area.
 * Its curl is zero but on the equator, so there is an energy on each hemisphere only (eq. (2.37)),
 * G_N/S = −J₀m_z² ± M_s B_E m_x. The sign flip across the equator, where the gap closes, is smoothed over
 * |m_z| ≲ {@link #EQUATOR_WIDTH}, well inside the half-equator that it makes attracting.
 */
public final class MagnetoelectricField implements FieldTerm {

	/** The width in m_z over which sgn(m_z) turns, tanh(m_z/w). */
	public static final double EQUATOR_WIDTH = 1e-3;

	private final Magnet magnet;
	private final double fieldTesla;

	/** @param fieldTesla B_E, the field's size */
	public MagnetoelectricField(Magnet magnet, double fieldTesla) {
		this.magnet = magnet;
		this.fieldTesla = fieldTesla;
	}

	/** B_E = eE|α|/(4π m a) for the film's magnetization per area m = M_s d. */
	public static double fieldTesla(double electricFieldVoltPerMetre, double exchangeRatio, double magnetizationPerArea,
			double latticeConstantMetre) {
		return PhysicalConstants.ELEMENTARY_CHARGE * electricFieldVoltPerMetre * Math.abs(exchangeRatio)
				/ (4 * Math.PI * magnetizationPerArea * latticeConstantMetre);
	}

	@Override
	public String name() {
		return "magnetoelectric";
	}

	/** ±B_E along x, switched by the hemisphere (its smoothed step is handled by the adaptive integrator). */
	@Override
	public double precessionBoundTesla() {
		return Math.abs(fieldTesla);
	}

	@Override
	public void addField(double timeSecond, VectorField m, VectorField bTesla) {
		for (int c = 0; c < m.cellCount(); c++) {
			bTesla.x[c] -= fieldTesla * Math.tanh(m.z[c] / EQUATOR_WIDTH);
		}
	}

	/** The hemisphere's energy M_s B_E sgn(m_z) m_x V of eq. (2.37), linear in m. */
	@Override
	public double energyJoule(VectorField m, VectorField ownField) {
		double sum = 0;
		for (int c = 0; c < m.cellCount(); c++) {
			sum -= magnet.ms(c) * (m.x[c] * ownField.x[c] + m.y[c] * ownField.y[c] + m.z[c] * ownField.z[c]);
		}
		return sum * magnet.mesh().cellVolume();
	}
}
