package org.spintex.engine.llg.torque;

import org.spintex.engine.llg.field.VectorField;

/**
 * A torque on m that is not the effective-field torque of the Landau–Lifshitz equation: spin-transfer
 * and spin-orbit torques. Each adds its contribution to dm/dt, already in Landau–Lifshitz form.
 */
public interface TorqueTerm {

	String name();

	/** Adds this term's dm/dt (1/s) at time {@code timeSecond} for the reduced magnetization {@code m}. */
	void addTorque(double timeSecond, VectorField m, VectorField dmdt);
}
