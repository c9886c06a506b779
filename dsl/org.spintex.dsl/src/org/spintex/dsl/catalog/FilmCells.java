package org.spintex.dsl.catalog;

import java.util.List;
import java.util.OptionalInt;

import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.Quantity;
import org.spintex.dsl.spintex.VectorQuantity;
import org.spintex.dsl.units.SiValues;

/**
 * How many cells a film has along x, as its file says: {@code mesh (nx, …)}, or {@code cells n}, or its
 * {@code length} over its {@code cell} size, rounded. One definition for the validator and the compilers,
 * so that check refuses what compiling would.
 */
public final class FilmCells {

	private FilmCells() {
	}

	/** The count along x; empty when the file does not give enough to know it (check reports that elsewhere). */
	public static OptionalInt alongX(List<Property> film) {
		var mesh = Schemas.find(film, "mesh").map(Property::getValue);
		if (mesh.isPresent() && mesh.get() instanceof VectorQuantity counts) {
			return OptionalInt.of((int) Math.round(counts.getX()));
		}
		var cells = number(film, "cells");
		if (cells.isPresent()) {
			return OptionalInt.of((int) Math.round(cells.getAsDouble()));
		}
		var length = number(film, "length");
		var cell = number(film, "cell");
		if (length.isPresent() && cell.isPresent() && cell.getAsDouble() > 0) {
			return OptionalInt.of((int) Math.round(length.getAsDouble() / cell.getAsDouble()));
		}
		return OptionalInt.empty();
	}

	private static java.util.OptionalDouble number(List<Property> film, String name) {
		return Schemas.find(film, name).map(Property::getValue).filter(Quantity.class::isInstance)
				.map(q -> java.util.OptionalDouble.of(SiValues.of((Quantity) q))).orElse(java.util.OptionalDouble.empty());
	}
}
