package org.spintex.engine.llg.term;

import org.spintex.engine.llg.field.VectorField;

/**
 * One contribution to the effective field B_eff = −(1/Ms) δE/δm, in tesla, as MuMax3 keeps one
 * term per file: adding a physical term means one new class and one registration in the system.
 */
public interface FieldTerm {

	/** Short name used for the energy column {@code E_<name>} of the table. */
	String name();

	/** Adds this term's field at time {@code timeSecond} for the reduced magnetization {@code m} to {@code bTesla}. */
	void addField(double timeSecond, VectorField m, VectorField bTesla);

	/**
	 * The energy of m in joule, given this term's own field {@code ownField} (computed alone by
	 * {@link #addField}). Terms whose energy is a homogeneous function of degree p in m have
	 * E = −(1/p)∫Ms m·B dV; the default is p = 2 (exchange, DMI, demag, uniaxial anisotropy).
	 */
	double energyJoule(VectorField m, VectorField ownField);
}
