package org.spintex.dsl.units;

import javax.measure.Unit;

/**
 * The physical kinds of value a device file holds, each with its coherent SI unit (what engines
 * receive) and a typical unit to suggest in messages and content assist.
 */
public enum QuantityKind {

	DIMENSIONLESS("a pure number", null, null),
	LENGTH("a length", "m", "nm"),
	MAGNETIZATION("a magnetization", "A/m", "kA/m"),
	EXCHANGE_STIFFNESS("an exchange stiffness", "J/m", "pJ/m"),
	DMI_CONSTANT("a DMI constant", "J/m^2", "mJ/m^2"),
	ENERGY_DENSITY("an energy density", "J/m^3", "kJ/m^3");

	private final String description;
	private final Unit<?> siUnit;
	private final String typicalUnit;

	QuantityKind(String description, String siUnit, String typicalUnit) {
		this.description = description;
		this.siUnit = siUnit == null ? null : UnitSyntax.parse(siUnit);
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

	/** A unit users typically write for this kind, e.g. "pJ/m"; null for a pure number. */
	public String typicalUnit() {
		return typicalUnit;
	}

	/** Whether {@code unit} measures this kind (same dimension as the SI unit). */
	public boolean accepts(Unit<?> unit) {
		return siUnit != null && siUnit.getDimension().equals(unit.getDimension());
	}
}
