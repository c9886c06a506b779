package org.spintex.engine.llg.term;

import org.spintex.engine.llg.field.VectorField;

/**
 * One contribution to the effective field B_eff = −(1/Ms) δE/δm, in tesla, as MuMax3 keeps one
 * term per file: adding a physical term means one new class and one registration in the system.
 */
public interface FieldTerm {

	/** Short name used for the energy column {@code E_<name>} of the table. */
	String name();

	/**
	 * The film of a stack this term acts on (its exchange, DMI or anisotropy), which gets its own table column
	 * {@code E_<name>_<film>}; empty for a term of the whole magnet.
	 */
	default java.util.Optional<String> film() {
		return java.util.Optional.empty();
	}

	/** Adds this term's field at time {@code timeSecond} for the reduced magnetization {@code m} to {@code bTesla}. */
	void addField(double timeSecond, VectorField m, VectorField bTesla);

	/**
	 * True for a term that computes its field in every cell anyway (demag): it can write the field
	 * instead of adding it ({@link #writeField}), so it goes first in a sum and saves clearing the sum
	 * and reading it back — two passes over memory per evaluation.
	 */
	default boolean writesEveryCell() {
		return false;
	}

	/**
	 * Writes this term's field to {@code bTesla}, replacing what is there. The default clears and adds;
	 * {@link #writesEveryCell()} terms write directly.
	 */
	default void writeField(double timeSecond, VectorField m, VectorField bTesla) {
		bTesla.clear();
		addField(timeSecond, m, bTesla);
	}

	/**
	 * The energy of m in joule, given this term's own field {@code ownField} (computed alone by
	 * {@link #addField}). Terms whose energy is a homogeneous function of degree p in m have
	 * E = −(1/p)∫Ms m·B dV; the default is p = 2 (exchange, DMI, demag, uniaxial anisotropy).
	 */
	double energyJoule(VectorField m, VectorField ownField);

	/**
	 * An upper bound, in tesla, on this term's share of the fastest precession ω = γB that a small excitation of any m
	 * can have: for a field linear in m (exchange, DMI, demag, anisotropy about its axis) the spectral radius of the
	 * linear operator, for a field that does not depend on m its largest magnitude, for noise 0. The sum over the terms
	 * bounds the stiffness of the LLG equation, which sets the stability limit of fixed-step integrators
	 * ({@link org.spintex.engine.llg.solver.StepStability}).
	 */
	double precessionBoundTesla();
}
