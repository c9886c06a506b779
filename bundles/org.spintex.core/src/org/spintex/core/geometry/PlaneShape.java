package org.spintex.core.geometry;

import java.util.List;

/**
 * A shape in the plane of a film, composed of primitives by union, difference and intersection, each placed (moved
 * and turned) where the file says. Lengths in metre; (x, y) from the film's south-west corner, as a texture's centre.
 * A cell belongs to a shape when its centre lies inside (the filling rule of every Spintex mesh). The language's validator
 * and compiler and the micromagnetic engine all read this one definition; the records' field names differ, so a
 * compiled input's JSON (and hash) tells every kind apart.
 */
public sealed interface PlaneShape {

	/** Whether the point (x, y) lies inside (or on the boundary of) the shape. */
	boolean contains(double xMetre, double yMetre);

	/** A rectangle of the given full sides, centred on the origin. */
	record Box(double lengthMetre, double widthMetre) implements PlaneShape {
		public Box {
			positive("box length", lengthMetre);
			positive("box width", widthMetre);
		}

		@Override
		public boolean contains(double x, double y) {
			return Math.abs(x) <= lengthMetre / 2 && Math.abs(y) <= widthMetre / 2;
		}
	}

	/** A disk of the given radius, centred on the origin. */
	record Disk(double radiusMetre) implements PlaneShape {
		public Disk {
			positive("disk radius", radiusMetre);
		}

		@Override
		public boolean contains(double x, double y) {
			return x * x + y * y <= radiusMetre * radiusMetre;
		}
	}

	/** An ellipse of the given full axes along x and y, centred on the origin. */
	record Ellipse(double axisXMetre, double axisYMetre) implements PlaneShape {
		public Ellipse {
			positive("ellipse length", axisXMetre);
			positive("ellipse width", axisYMetre);
		}

		@Override
		public boolean contains(double x, double y) {
			double a = 2 * x / axisXMetre, b = 2 * y / axisYMetre;
			return a * a + b * b <= 1;
		}
	}

	/** A ring between two radii, centred on the origin. */
	record Loop(double outerRadiusMetre, double innerRadiusMetre) implements PlaneShape {
		public Loop {
			positive("loop radius", outerRadiusMetre);
			nonNegative("loop inner radius", innerRadiusMetre);
			if (!(innerRadiusMetre < outerRadiusMetre)) {
				throw new IllegalArgumentException("a loop's inner radius must be smaller than its radius");
			}
		}

		@Override
		public boolean contains(double x, double y) {
			double rr = x * x + y * y;
			return rr <= outerRadiusMetre * outerRadiusMetre && rr >= innerRadiusMetre * innerRadiusMetre;
		}
	}

	/** A simple polygon through the vertices (x, y) in order; inside by the even–odd rule. */
	record Polygon(List<double[]> vertices) implements PlaneShape {
		public Polygon {
			if (vertices.size() < 3) {
				throw new IllegalArgumentException("a polygon needs at least three vertices, got " + vertices.size());
			}
			vertices = vertices.stream().map(double[]::clone).toList();
		}

		@Override
		public boolean contains(double x, double y) {
			boolean inside = false;
			for (int i = 0, j = vertices.size() - 1; i < vertices.size(); j = i++) {
				double[] a = vertices.get(i), b = vertices.get(j);
				if ((a[1] > y) != (b[1] > y) && x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]) {
					inside = !inside;
				}
			}
			return inside;
		}

		// by the vertices' coordinates, not the arrays' identities
		@Override
		public boolean equals(Object other) {
			return other instanceof Polygon p && p.vertices.size() == vertices.size() && java.util.stream.IntStream
					.range(0, vertices.size()).allMatch(i -> java.util.Arrays.equals(vertices.get(i), p.vertices.get(i)));
		}

		@Override
		public int hashCode() {
			return vertices.stream().mapToInt(java.util.Arrays::hashCode).reduce(17, (a, b) -> 31 * a + b);
		}

		@Override
		public String toString() {
			return "Polygon[vertices=" + vertices.stream().map(java.util.Arrays::toString).toList() + "]";
		}
	}

	/** {@code shape} turned by {@code rotationRadian} (counter-clockwise) about the origin, then moved to (x, y). */
	record Placed(PlaneShape shape, double centreXMetre, double centreYMetre, double rotationRadian) implements PlaneShape {
		public Placed {
			finite("x", centreXMetre);
			finite("y", centreYMetre);
			finite("rotation", rotationRadian);
		}

		@Override
		public boolean contains(double x, double y) {
			double dx = x - centreXMetre, dy = y - centreYMetre;
			double c = Math.cos(rotationRadian), s = Math.sin(rotationRadian);
			return shape.contains(c * dx + s * dy, -s * dx + c * dy);
		}
	}

	/**
	 * A picture's chosen pixels (an image mask): {@code columns} × {@code rows} pixels stretched over a rectangle of
	 * the given sides, centred on the origin, row 0 at the top as images are stored. A point is inside when the pixel
	 * under it is set. The pixels travel as base64 of one bit per pixel, row by row, so that a compiled input stays
	 * small and its hash covers the picture.
	 */
	final class Bitmap implements PlaneShape {

		private final int columns;
		private final int rows;
		private final double lengthMetre;
		private final double widthMetre;
		private final String pixels;
		private final transient java.util.BitSet set;

		public Bitmap(int columns, int rows, double lengthMetre, double widthMetre, java.util.BitSet set) {
			if (columns < 1 || rows < 1) {
				throw new IllegalArgumentException("a mask needs at least one pixel, got " + columns + " × " + rows);
			}
			positive("mask length", lengthMetre);
			positive("mask width", widthMetre);
			this.columns = columns;
			this.rows = rows;
			this.lengthMetre = lengthMetre;
			this.widthMetre = widthMetre;
			this.set = (java.util.BitSet) set.clone();
			this.pixels = java.util.Base64.getEncoder().encodeToString(set.toByteArray());
		}

		public int columns() {
			return columns;
		}

		@Override
		public String toString() {
			return "Bitmap[columns=" + columns + ", rows=" + rows + ", lengthMetre=" + lengthMetre + ", widthMetre=" + widthMetre
					+ ", pixels=" + pixels + "]";
		}

		public int rows() {
			return rows;
		}

		/** Whether the pixel in column {@code i} of row {@code j} (from the top) is set. */
		public boolean pixel(int i, int j) {
			return set.get(i + columns * j);
		}

		@Override
		public boolean contains(double x, double y) {
			double u = (x + lengthMetre / 2) / lengthMetre, v = (widthMetre / 2 - y) / widthMetre;
			if (u < 0 || u >= 1 || v < 0 || v >= 1) {
				return false;
			}
			return set.get((int) (u * columns) + columns * (int) (v * rows));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Bitmap b && b.columns == columns && b.rows == rows && b.lengthMetre == lengthMetre
					&& b.widthMetre == widthMetre && b.pixels.equals(pixels);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(columns, rows, lengthMetre, widthMetre, pixels);
		}
	}

	/**
	 * Chosen grains of a film's tessellation ({@link VoronoiGrains} over the film's plane, width × height from its
	 * south-west corner): a point is inside when it lies in one of the grains numbered (from 1, as the region table
	 * names them: {@code film.grain-7}). The tessellation is rebuilt from its size and seed, so the compiled input stays
	 * small and the language, the compiler and the engine find the same grains.
	 */
	final class ChosenGrains implements PlaneShape {

		private final double widthMetre;
		private final double heightMetre;
		private final double sizeMetre;
		private final long seed;
		private final boolean periodicX;
		private final boolean periodicY;
		private final List<Integer> numbers;
		private final transient VoronoiGrains voronoi;

		public ChosenGrains(double widthMetre, double heightMetre, double sizeMetre, long seed, boolean periodicX, boolean periodicY,
				List<Integer> numbers) {
			this.voronoi = new VoronoiGrains(widthMetre, heightMetre, sizeMetre, seed, periodicX, periodicY);
			if (numbers.isEmpty()) {
				throw new IllegalArgumentException("name at least one grain, e.g. grain(7)");
			}
			for (int number : numbers) {
				if (number < 1 || number > voronoi.count()) {
					throw new IllegalArgumentException("the film has grains 1 to " + voronoi.count() + ", not " + number);
				}
			}
			this.widthMetre = widthMetre;
			this.heightMetre = heightMetre;
			this.sizeMetre = sizeMetre;
			this.seed = seed;
			this.periodicX = periodicX;
			this.periodicY = periodicY;
			this.numbers = numbers.stream().sorted().distinct().toList();
		}

		@Override
		public String toString() {
			return "ChosenGrains[widthMetre=" + widthMetre + ", heightMetre=" + heightMetre + ", sizeMetre=" + sizeMetre + ", seed="
					+ seed + ", periodicX=" + periodicX + ", periodicY=" + periodicY + ", numbers=" + numbers + "]";
		}

		/** The grains' numbers, from 1, ascending. */
		public List<Integer> numbers() {
			return numbers;
		}

		@Override
		public boolean contains(double x, double y) {
			if (x < 0 || x > widthMetre || y < 0 || y > heightMetre) {
				return false;
			}
			return numbers.contains(voronoi.grainAt(x, y) + 1);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof ChosenGrains g && g.widthMetre == widthMetre && g.heightMetre == heightMetre
					&& g.sizeMetre == sizeMetre && g.seed == seed && g.periodicX == periodicX && g.periodicY == periodicY
					&& g.numbers.equals(numbers);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(widthMetre, heightMetre, sizeMetre, seed, periodicX, periodicY, numbers);
		}
	}

	/** Inside any of the shapes. */
	record Union(List<PlaneShape> union) implements PlaneShape {
		public Union {
			union = List.copyOf(union);
		}

		@Override
		public boolean contains(double x, double y) {
			return union.stream().anyMatch(s -> s.contains(x, y));
		}
	}

	/** Inside {@code from} and not inside {@code minus}. */
	record Difference(PlaneShape from, PlaneShape minus) implements PlaneShape {
		@Override
		public boolean contains(double x, double y) {
			return from.contains(x, y) && !minus.contains(x, y);
		}
	}

	/** Inside every one of the shapes. */
	record Intersection(List<PlaneShape> intersect) implements PlaneShape {
		public Intersection {
			intersect = List.copyOf(intersect);
		}

		@Override
		public boolean contains(double x, double y) {
			return intersect.stream().allMatch(s -> s.contains(x, y));
		}
	}

	private static void positive(String what, double value) {
		if (!(value > 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(what + " must be positive and finite, got " + value);
		}
	}

	private static void nonNegative(String what, double value) {
		if (!(value >= 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(what + " must be ≥ 0 and finite, got " + value);
		}
	}

	private static void finite(String what, double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException(what + " must be finite, got " + value);
		}
	}
}
