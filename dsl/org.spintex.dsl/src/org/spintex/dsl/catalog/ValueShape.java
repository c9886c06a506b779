package org.spintex.dsl.catalog;

/** How a property's value is written. */
public enum ValueShape {
	/** A number with the unit of its quantity kind: {@code 0.7 pJ/m}, {@code 0.5}. */
	QUANTITY,
	/** Three components and one unit: {@code (0, 0, 25) mT}. */
	VECTOR,
	/** One word out of a fixed list: {@code neel}, {@code hard-cutoff}. */
	CHOICE,
	/** A comma-separated list of words out of a fixed list: {@code voltage, drag-coefficient}. */
	NAMES,
	/** A quoted string, e.g. a file name. */
	TEXT
}
