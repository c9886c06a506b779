package org.spintex.dsl.units;

import javax.measure.Unit;

/**
 * The physical kinds of value a device file holds, each with its coherent SI unit (what engines
 * receive) and a typical unit to suggest in messages and content assist.
 */
public enum QuantityKind {

	DIMENSIONLESS("a pure number", null, null),
	ANGLE("an angle", "rad", "deg"),
	LENGTH("a length", "m", "nm"),
	AREA("an area", "m^2", "um^2"),
	INVERSE_AREA("a density per area", "m^-2", "um^-2"),
	TIME("a time", "s", "ns"),
	FREQUENCY("a frequency", "Hz", "GHz"),
	VELOCITY("a velocity", "m/s", "m/s"),
	TEMPERATURE("a temperature", "K", "K"),
	ENERGY("an energy", "J", "meV"),
	MAGNETIZATION("a magnetization", "A/m", "kA/m"),
	MAGNETIC_FIELD("a magnetic field µ0H", "T", "mT"),
	EXCHANGE_STIFFNESS("an exchange stiffness", "J/m", "pJ/m"),
	DMI_CONSTANT("a DMI constant", "J/m^2", "mJ/m^2"),
	SURFACE_ENERGY("an energy per area", "J/m^2", "mJ/m^2"),
	ENERGY_DENSITY("an energy density", "J/m^3", "kJ/m^3"),
	SPIN_DENSITY("a spin density (angular momentum per volume)", "J*s/m^3", "J*s/m^3"),
	GYROMAGNETIC_RATIO("a gyromagnetic ratio", "rad/s/T", "rad/s/T"),
	CURRENT("an electric current", "A", "mA"),
	CURRENT_DENSITY("a current density", "A/m^2", "A/m^2"),
	CONDUCTIVITY("an electric conductivity", "S/m", "MS/m"),
	RESISTANCE("a resistance", "Ohm", "Ohm"),
	RESISTIVITY("an electric resistivity", "Ohm*m", "uOhm*cm"),
	INVERSE_LENGTH("a wavevector", "m^-1", "nm^-1"),
	STIFFNESS("a spring constant (force per displacement)", "N/m", "N/m"),
	ELECTRIC_FIELD("an electric field", "V/m", "kV/m");

	private final String description;
	private final Unit<?> siUnit;
	private final String siSymbol;
	private final String typicalUnit;

	QuantityKind(String description, String siSymbol, String typicalUnit) {
		this.description = description;
		this.siSymbol = siSymbol;
		this.siUnit = siSymbol == null ? null : UnitSyntax.parse(siSymbol);
		this.typicalUnit = typicalUnit;
	}

	/** "an exchange stiffness", for messages. */
	public String description() {
		return description;
	}

	/** The coherent SI unit, or null for a pure number. */
	public Unit<?> siUnit() {
		return siUnit;
	}

	/** The SI unit as the language writes it ("J/m^2"), or null for a pure number. */
	public String siSymbol() {
		return siSymbol;
	}

	/** A unit users typically write for this kind, e.g. "pJ/m"; null for a pure number. */
	public String typicalUnit() {
		return typicalUnit;
	}

	/** Whether the unit written as {@code text} ("pJ/m") measures this kind; false for text that is no unit. */
	public boolean acceptsWritten(String text) {
		try {
			return accepts(UnitSyntax.parse(text));
		} catch (RuntimeException notAUnit) {
			return false;
		}
	}

	/** Whether {@code unit} measures this kind (same dimension as the SI unit). */
	public boolean accepts(Unit<?> unit) {
		return siUnit != null && siUnit.getDimension().equals(unit.getDimension());
	}
}
