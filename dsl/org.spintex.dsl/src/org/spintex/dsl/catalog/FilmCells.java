package org.spintex.dsl.catalog;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.Quantity;
import org.spintex.dsl.spintex.VectorQuantity;
import org.spintex.dsl.units.SiValues;

/**
 * A film's mesh as its file says: {@code mesh (nx, ny, nz)}, or {@code cells n} along x with cubic cells, or its
 * sizes over its {@code cell} size, rounded (at least one cell per axis). One definition for the validator and the
 * compilers, so that check refuses what compiling would.
 *
 * @param lengthMetre the extent along x (the diameter of a disk or loop)
 * @param widthMetre the extent along y
 */
public record FilmCells(int nx, int ny, int nz, double lengthMetre, double widthMetre, double thicknessMetre) {

	public double cellXMetre() {
		return lengthMetre / nx;
	}

	public double cellYMetre() {
		return widthMetre / ny;
	}

	public double cellZMetre() {
		return thicknessMetre / nz;
	}

	/** The film's cells; empty when the file does not give enough to know them (check reports that elsewhere). */
	public static Optional<FilmCells> of(List<Property> film) {
		String shape = Schemas.word(film, "shape").orElse("box");
		OptionalDouble thickness = number(film, "thickness");
		OptionalDouble lx, ly;
		if (shape.equals("disk") || shape.equals("loop")) {
			OptionalDouble r = number(film, "radius");
			lx = ly = r.isPresent() ? OptionalDouble.of(2 * r.getAsDouble()) : OptionalDouble.empty();
		} else {
			lx = number(film, "length");
			ly = number(film, "width");
		}
		if (thickness.isEmpty() || lx.isEmpty() || ly.isEmpty()) {
			return Optional.empty();
		}
		double x = lx.getAsDouble(), y = ly.getAsDouble(), z = thickness.getAsDouble();
		var mesh = Schemas.find(film, "mesh").map(Property::getValue);
		if (mesh.isPresent() && mesh.get() instanceof VectorQuantity counts) {
			return Optional.of(new FilmCells((int) Math.round(counts.getX()), (int) Math.round(counts.getY()),
					(int) Math.round(counts.getZ()), x, y, z));
		}
		OptionalDouble cell = number(film, "cell");
		OptionalDouble cells = number(film, "cells");
		if (cell.isEmpty() && cells.isPresent() && cells.getAsDouble() >= 1) {
			cell = OptionalDouble.of(x / cells.getAsDouble());
		}
		if (cell.isEmpty() || !(cell.getAsDouble() > 0)) {
			return Optional.empty();
		}
		double h = cell.getAsDouble();
		return Optional.of(new FilmCells(atLeastOne(x / h), atLeastOne(y / h), atLeastOne(z / h), x, y, z));
	}

	private static int atLeastOne(double cells) {
		return Math.max(1, (int) Math.round(cells));
	}

	/** The count along x; empty when the file does not give enough to know it. */
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

	static OptionalDouble number(List<Property> film, String name) {
		return Schemas.find(film, name).map(Property::getValue).filter(Quantity.class::isInstance)
				.map(q -> OptionalDouble.of(SiValues.of((Quantity) q))).orElse(OptionalDouble.empty());
	}
}
