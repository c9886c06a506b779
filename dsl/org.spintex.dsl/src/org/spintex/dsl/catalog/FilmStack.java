package org.spintex.dsl.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.spintex.dsl.spintex.Film;

/**
 * Where the films of a micromagnetic study sit in its one mesh: stacked along z at their elevations, spacers empty.
 * The stack's vertical cell is the smallest of its films' own (thickness over their cells along z); every film's
 * thickness and every gap must be a whole number of it, or the mesh could not place the films where the file says.
 * One definition for the validator and the compiler. A single film is a stack of one.
 *
 * @param cellZMetre the vertical cell of the stack
 * @param layers how many layers the mesh has, from the lowest film's bottom to the highest one's top
 * @param films the films from the bottom up with their layers
 * @param problems what keeps the films from forming a stack, each with the film it is about
 */
public record FilmStack(double cellZMetre, int layers, List<Placement> films, List<Problem> problems) {

	/** A film and the layers [firstLayer, firstLayer + layerCount) it fills. */
	public record Placement(Film film, FilmCells cells, double elevationMetre, int firstLayer, int layerCount) {

		public int endLayer() {
			return firstLayer + layerCount;
		}
	}

	/** Why a film cannot take its place in the stack. */
	public record Problem(Film film, String message) {
	}

	/** Relative slack on "a whole number of cells": sizes are written in decimal units. */
	private static final double WHOLE = 1e-6;

	/** The stack of {@code films}; empty when a film's mesh cannot be known (check reports that elsewhere). */
	public static Optional<FilmStack> of(List<Film> films) {
		List<Film> sorted = new ArrayList<>(films);
		sorted.sort(Comparator.comparingDouble(FilmStack::elevation));
		List<FilmCells> cells = new ArrayList<>();
		for (Film film : sorted) {
			Optional<FilmCells> c = FilmCells.of(film.getProperties());
			if (c.isEmpty()) {
				return Optional.empty();
			}
			cells.add(c.get());
		}
		if (sorted.isEmpty()) {
			return Optional.empty();
		}
		double dz = cells.stream().mapToDouble(FilmCells::cellZMetre).min().orElseThrow();
		double bottom = elevation(sorted.get(0));
		List<Placement> placements = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		FilmCells first = cells.get(0);
		double top = bottom;
		Film below = null;
		for (int i = 0; i < sorted.size(); i++) {
			Film film = sorted.get(i);
			FilmCells c = cells.get(i);
			double elevation = elevation(film);
			if (c.nx() != first.nx() || c.ny() != first.ny() || !same(c.lengthMetre(), first.lengthMetre())
					|| !same(c.widthMetre(), first.widthMetre())) {
				problems.add(new Problem(film, String.format(Locale.ROOT, "the films of a stack share one in-plane mesh: %s is "
						+ "%s × %s in %d × %d cells, %s is %s × %s in %d × %d; give them the same size and cells",
						film.getName(), length(c.lengthMetre()), length(c.widthMetre()), c.nx(), c.ny(), sorted.get(0).getName(),
						length(first.lengthMetre()), length(first.widthMetre()), first.nx(), first.ny())));
			}
			if (below != null && elevation < top - WHOLE * dz) {
				problems.add(new Problem(film, String.format(Locale.ROOT, "%s (from %s) overlaps %s (up to %s): raise its "
						+ "elevation to at least %s", film.getName(), length(elevation), below.getName(), length(top), length(top))));
			} else if (below != null && !whole((elevation - top) / dz)) {
				problems.add(new Problem(film, String.format(Locale.ROOT, "the spacer of %s between %s and %s is not a whole "
						+ "number of the stack's vertical cell %s; give the films cells along z that divide it (mesh (nx, ny, nz))",
						length(elevation - top), below.getName(), film.getName(), length(dz))));
			}
			if (!whole(c.thicknessMetre() / dz)) {
				problems.add(new Problem(film, String.format(Locale.ROOT, "%s's thickness %s is not a whole number of the "
						+ "stack's vertical cell %s (the thinnest cell of its films); give the films cells along z that divide it",
						film.getName(), length(c.thicknessMetre()), length(dz))));
			}
			placements.add(new Placement(film, c, elevation, (int) Math.round((elevation - bottom) / dz),
					Math.max(1, (int) Math.round(c.thicknessMetre() / dz))));
			top = Math.max(top, elevation + c.thicknessMetre());
			below = film;
		}
		int layers = placements.stream().mapToInt(Placement::endLayer).max().orElseThrow();
		return Optional.of(new FilmStack(dz, layers, List.copyOf(placements), List.copyOf(problems)));
	}

	/** The film's elevation in metre (0 unless the file gives one). */
	public static double elevation(Film film) {
		return FilmCells.number(film.getProperties(), "elevation").orElse(0);
	}

	/** The placement of {@code film}, if it is in the stack. */
	public Optional<Placement> placement(Film film) {
		return films.stream().filter(p -> p.film() == film).findFirst();
	}

	private static boolean whole(double cells) {
		return Math.abs(cells - Math.rint(cells)) <= WHOLE * Math.max(1, Math.abs(cells)) && Math.rint(cells) >= 0;
	}

	private static boolean same(double a, double b) {
		return Math.abs(a - b) <= WHOLE * Math.max(Math.abs(a), Math.abs(b));
	}

	private static String length(double metre) {
		return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", metre * 1e9)).stripTrailingZeros().toPlainString()
				+ " nm";
	}
}
