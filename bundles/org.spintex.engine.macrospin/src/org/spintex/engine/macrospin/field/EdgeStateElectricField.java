package org.spintex.engine.macrospin.field;

import org.spintex.core.physics.PhysicalConstants;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.term.FieldTerm;

/**
 * The field that an electric field E along a 1D ferromagnet induces through the helical edge of a 2D topological
 * insulator, seed 003 eq. (2.41): H_E = −(eE/2πm) ê_φ/sin θ, with θ and φ the angles about y (φ from z towards x).
 * In tesla on a wire of cross-section S, B_E = b ê_φ/sin θ with b = −eE/(2π M_s S). The 1/sin θ makes its work
 * over a closed path topological (eq. (2.42)): M_s S ∮B_E·dm = −eE per turn about +y (eE per turn about −y), zero
 * for a path that does not enclose the y axis — there is no free energy, and this term has none. The singular
 * points m = ±ŷ, where the gap closes, are cut off at sin θ = {@link #POLE_CUTOFF}.
 */
public final class EdgeStateElectricField implements FieldTerm {

	public static final double POLE_CUTOFF = 1e-3;

	private final double amplitudeTesla;

	/** @param amplitudeTesla b = −eE/(2π M_s S) */
	public EdgeStateElectricField(double amplitudeTesla) {
		this.amplitudeTesla = amplitudeTesla;
	}

	/** b for an electric field E along a wire of magnetization per length m = M_s S. */
	public static double amplitudeTesla(double electricFieldVoltPerMetre, double magnetizationPerLength) {
		return -PhysicalConstants.ELEMENTARY_CHARGE * electricFieldVoltPerMetre / (2 * Math.PI * magnetizationPerLength);
	}

	@Override
	public String name() {
		return "edge_state";
	}

	/** |B| = |b|/sin θ, largest where sin θ reaches the pole cut-off. */
	@Override
	public double precessionBoundTesla() {
		return Math.abs(amplitudeTesla) / POLE_CUTOFF;
	}

	@Override
	public void addField(double timeSecond, VectorField m, VectorField bTesla) {
		for (int c = 0; c < m.cellCount(); c++) {
			double mx = m.x[c], mz = m.z[c];
			double sin2 = Math.max(mx * mx + mz * mz, POLE_CUTOFF * POLE_CUTOFF);
			// ê_φ = (m_z, 0, −m_x)/sin θ, so B = b ê_φ/sin θ = b (m_z, 0, −m_x)/sin²θ
			bTesla.x[c] += amplitudeTesla * mz / sin2;
			bTesla.z[c] -= amplitudeTesla * mx / sin2;
		}
	}

	/** None: the work of this field depends on the path (eq. (2.42)). */
	@Override
	public double energyJoule(VectorField m, VectorField ownField) {
		return Double.NaN;
	}
}
