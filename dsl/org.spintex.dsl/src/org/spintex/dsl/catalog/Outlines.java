package org.spintex.dsl.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.spintex.core.geometry.PlaneShape;
import org.spintex.dsl.spintex.Combination;
import org.spintex.dsl.spintex.Outline;
import org.spintex.dsl.spintex.OutlineOperator;
import org.spintex.dsl.spintex.Primitive;
import org.spintex.dsl.spintex.Quantity;
import org.spintex.dsl.spintex.Text;
import org.spintex.dsl.spintex.Value;
import org.spintex.dsl.spintex.VectorQuantity;
import org.spintex.dsl.units.QuantityKind;
import org.spintex.dsl.units.SiValues;

/**
 * A region's outline as written → the {@link PlaneShape} it means, in SI, or what keeps it from meaning one (an unknown
 * primitive, a wrong number of arguments, a value that is no length). The validator reports the problems at the part
 * of the outline they are about; the compiler takes the shape. One reading of the outline for both.
 */
public final class Outlines {

	/** What is wrong with a part of an outline. */
	public record Problem(EObject where, String message) {
	}

	private final List<Problem> problems = new ArrayList<>();

	private Outlines() {
	}

	/** The shape {@code outline} means, or the problems that keep it from meaning one. */
	public static Reading read(Outline outline) {
		Outlines reader = new Outlines();
		PlaneShape shape = reader.shape(outline);
		return new Reading(reader.problems.isEmpty() ? Optional.ofNullable(shape) : Optional.empty(), List.copyOf(reader.problems));
	}

	/** The shape of an outline, present when it has no problems. */
	public record Reading(Optional<PlaneShape> shape, List<Problem> problems) {
	}

	private PlaneShape shape(Outline outline) {
		if (outline instanceof Combination combination) {
			PlaneShape left = shape(combination.getLeft());
			PlaneShape right = shape(combination.getRight());
			if (left == null || right == null) {
				return null;
			}
			OutlineOperator operator = combination.getOperator();
			return switch (operator) {
			case UNION -> new PlaneShape.Union(List.of(left, right));
			case MINUS -> new PlaneShape.Difference(left, right);
			case INTERSECT -> new PlaneShape.Intersection(List.of(left, right));
			};
		}
		if (outline instanceof Primitive primitive) {
			return primitive(primitive);
		}
		return null;
	}

	private PlaneShape primitive(Primitive primitive) {
		Optional<OutlineKinds> kind = OutlineKinds.named(primitive.getKind());
		if (kind.isEmpty()) {
			problems.add(new Problem(primitive, "unknown shape '" + primitive.getKind() + "'; the shapes are "
					+ String.join(", ", OutlineKinds.all().stream().map(OutlineKinds::signature).toList())));
			return null;
		}
		List<Value> arguments = primitive.getArguments();
		PlaneShape shape = kind.get().picture() ? mask(primitive, arguments)
				: kind.get().grains() ? grains(primitive, arguments)
				: kind.get().vertices() ? polygon(primitive, kind.get(), arguments) : sized(primitive, kind.get(), arguments);
		if (shape == null) {
			return null;
		}
		double x = 0, y = 0, rotation = 0;
		if (primitive.getAt() != null) {
			Optional<double[]> at = point(primitive.getAt(), "its position 'at'");
			if (at.isEmpty()) {
				return null;
			}
			x = at.get()[0];
			y = at.get()[1];
		}
		if (primitive.getRotation() != null) {
			Optional<Double> angle = SiValues.of(primitive.getRotation(), QuantityKind.ANGLE);
			if (angle.isEmpty()) {
				problems.add(new Problem(primitive.getRotation(), "'rotated' takes an angle, e.g. rotated 30 deg"));
				return null;
			}
			rotation = angle.get();
		}
		return x == 0 && y == 0 && rotation == 0 ? shape : new PlaneShape.Placed(shape, x, y, rotation);
	}

	private PlaneShape sized(Primitive primitive, OutlineKinds kind, List<Value> arguments) {
		if (arguments.size() != kind.arguments().size()) {
			problems.add(new Problem(primitive, kind.kind() + " takes " + kind.arguments().size() + " length"
					+ (kind.arguments().size() == 1 ? "" : "s") + ": " + kind.signature()));
			return null;
		}
		double[] values = new double[arguments.size()];
		for (int i = 0; i < values.length; i++) {
			Value argument = arguments.get(i);
			Optional<Double> length = argument instanceof Quantity q ? SiValues.of(q, QuantityKind.LENGTH) : Optional.empty();
			if (length.isEmpty() || !(length.get() > 0)) {
				problems.add(new Problem(argument, kind.kind() + "'s " + kind.arguments().get(i) + " must be a positive length, "
						+ "e.g. 20 nm"));
				return null;
			}
			values[i] = length.get();
		}
		try {
			return switch (kind.kind()) {
			case "box" -> new PlaneShape.Box(values[0], values[1]);
			case "disk" -> new PlaneShape.Disk(values[0]);
			case "ellipse" -> new PlaneShape.Ellipse(values[0], values[1]);
			case "loop" -> new PlaneShape.Loop(values[0], values[1]);
			default -> throw new IllegalStateException("a sized shape without a reading: " + kind.kind());
			};
		} catch (IllegalArgumentException e) {
			problems.add(new Problem(primitive, e.getMessage()));
			return null;
		}
	}

	/**
	 * {@code mask("file.png", length, width[, "#rrggbb"])}: the picture's pixels stretched over length × width, set where
	 * a pixel is opaque (alpha ≥ ½) and dark (luminance below ½), or of exactly the colour given. The file is read
	 * relative to the device file.
	 */
	private PlaneShape mask(Primitive primitive, List<Value> arguments) {
		if (arguments.size() < 3 || arguments.size() > 4 || !(arguments.get(0) instanceof Text file)) {
			problems.add(new Problem(primitive, "mask takes the picture's file and its length and width: mask(\"file.png\", 200 nm, "
					+ "50 nm), and optionally a colour \"#rrggbb\""));
			return null;
		}
		double[] size = new double[2];
		for (int i = 0; i < 2; i++) {
			Value argument = arguments.get(i + 1);
			Optional<Double> length = argument instanceof Quantity q ? SiValues.of(q, QuantityKind.LENGTH) : Optional.empty();
			if (length.isEmpty() || !(length.get() > 0)) {
				problems.add(new Problem(argument, "mask's " + (i == 0 ? "length" : "width") + " must be a positive length, e.g. 200 nm"));
				return null;
			}
			size[i] = length.get();
		}
		Integer colour = null;
		if (arguments.size() == 4) {
			String written = arguments.get(3) instanceof Text t ? t.getText() : "";
			if (!written.matches("#[0-9a-fA-F]{6}")) {
				problems.add(new Problem(arguments.get(3), "a mask's colour is written \"#rrggbb\", e.g. \"#ff0000\""));
				return null;
			}
			colour = Integer.parseInt(written.substring(1), 16);
		}
		java.nio.file.Path path = picture(primitive, file.getText());
		java.awt.image.BufferedImage image;
		try {
			image = javax.imageio.ImageIO.read(path.toFile());
		} catch (java.io.IOException | RuntimeException e) {
			image = null;
		}
		if (image == null) {
			problems.add(new Problem(file, "cannot read the mask " + path + " as a picture (PNG, GIF, BMP or JPEG)"));
			return null;
		}
		java.util.BitSet set = new java.util.BitSet();
		int columns = image.getWidth(), rows = image.getHeight();
		for (int j = 0; j < rows; j++) {
			for (int i = 0; i < columns; i++) {
				int argb = image.getRGB(i, j);
				boolean opaque = (argb >>> 24) >= 128;
				int r = (argb >> 16) & 0xFF, g = (argb >> 8) & 0xFF, b = argb & 0xFF;
				// Rec. 709 luminance of the sRGB values
				boolean chosen = colour != null ? (argb & 0xFFFFFF) == colour : 0.2126 * r + 0.7152 * g + 0.0722 * b < 127.5;
				if (opaque && chosen) {
					set.set(i + columns * j);
				}
			}
		}
		return new PlaneShape.Bitmap(columns, rows, size[0], size[1], set);
	}

	/**
	 * {@code grain(7, 12)}: the cells of those grains of the region's film, numbered from 1 as in the regions table. The
	 * film's {@code grains} part gives the tessellation (its size and seed over the film's plane, wrapping along periodic
	 * axes), the same one the engine builds.
	 */
	private PlaneShape grains(Primitive primitive, List<Value> arguments) {
		org.spintex.dsl.spintex.Region region = org.eclipse.xtext.EcoreUtil2.getContainerOfType(primitive,
				org.spintex.dsl.spintex.Region.class);
		org.spintex.dsl.spintex.Film film = region == null ? null : region.getFilm();
		org.spintex.dsl.spintex.Device device = org.eclipse.xtext.EcoreUtil2.getContainerOfType(primitive,
				org.spintex.dsl.spintex.Device.class);
		if (film == null || film.eIsProxy() || device == null) {
			return null; // the region's link reports it
		}
		Optional<org.spintex.dsl.spintex.Grains> grains = device.getParts().stream()
				.filter(org.spintex.dsl.spintex.Grains.class::isInstance).map(org.spintex.dsl.spintex.Grains.class::cast)
				.filter(g -> g.getFilm() == film).findFirst();
		if (grains.isEmpty()) {
			problems.add(new Problem(primitive, "film " + film.getName() + " has no grains to choose from: add 'grains NAME in "
					+ film.getName() + " { size 20 nm  seed 1 }'"));
			return null;
		}
		if (arguments.isEmpty()) {
			problems.add(new Problem(primitive, "grain takes the numbers of the grains, e.g. grain(7) or grain(7, 12)"));
			return null;
		}
		List<Integer> numbers = new ArrayList<>();
		for (Value argument : arguments) {
			if (!(argument instanceof Quantity q) || q.getUnit() != null || q.getValue() != Math.rint(q.getValue())) {
				problems.add(new Problem(argument, "a grain is named by its number, a whole number without unit (the regions "
						+ "table calls grain 7 " + film.getName() + ".grain-7)"));
				return null;
			}
			numbers.add((int) q.getValue());
		}
		Optional<FilmCells> cells = FilmCells.of(film.getProperties());
		Optional<Double> size = Schemas.find(grains.get().getProperties(), "size").map(p -> p.getValue())
				.filter(Quantity.class::isInstance).flatMap(q -> SiValues.of((Quantity) q, QuantityKind.LENGTH));
		if (cells.isEmpty() || size.isEmpty() || !(size.get() > 0)) {
			return null; // the film's and the grains' own checks report what is missing
		}
		long seed = Schemas.find(grains.get().getProperties(), "seed").map(p -> p.getValue()).filter(Quantity.class::isInstance)
				.map(q -> (long) ((Quantity) q).getValue()).orElse(0L);
		List<String> periodic = Schemas.words(film.getProperties(), "periodic").orElse(List.of());
		FilmCells c = cells.get();
		try {
			// the engine's plane: whole cells, nx·(length/nx)
			return new PlaneShape.ChosenGrains(c.nx() * c.cellXMetre(), c.ny() * c.cellYMetre(), size.get(), seed,
					periodic.contains("x"), periodic.contains("y"), numbers);
		} catch (IllegalArgumentException e) {
			problems.add(new Problem(primitive, "film " + film.getName() + ": " + e.getMessage()));
			return null;
		}
	}

	/** The picture's file: as written if absolute, else next to the device file. */
	private static java.nio.file.Path picture(Primitive primitive, String written) {
		java.nio.file.Path path = java.nio.file.Path.of(written);
		if (path.isAbsolute() || primitive.eResource() == null) {
			return path;
		}
		org.eclipse.emf.common.util.URI uri = org.eclipse.emf.common.CommonPlugin.resolve(primitive.eResource().getURI());
		if (!uri.isFile()) {
			return path;
		}
		return java.nio.file.Path.of(uri.toFileString()).toAbsolutePath().getParent().resolve(path).normalize();
	}

	private PlaneShape polygon(Primitive primitive, OutlineKinds kind, List<Value> arguments) {
		if (arguments.size() < 3) {
			problems.add(new Problem(primitive, "a polygon needs three or more vertices: " + kind.signature()));
			return null;
		}
		List<double[]> vertices = new ArrayList<>();
		for (Value argument : arguments) {
			if (!(argument instanceof VectorQuantity v)) {
				problems.add(new Problem(argument, "a polygon's vertex is a point (x, y) with a length unit, e.g. (20, 5) nm"));
				return null;
			}
			Optional<double[]> point = point(v, "a vertex");
			if (point.isEmpty()) {
				return null;
			}
			vertices.add(point.get());
		}
		return new PlaneShape.Polygon(vertices);
	}

	/** (x, y) in metre of a point of the film's plane; z, if written, must be 0. */
	private Optional<double[]> point(VectorQuantity vector, String what) {
		boolean length = vector.getUnit() != null && QuantityKind.LENGTH.acceptsWritten(vector.getUnit());
		if (!length) {
			problems.add(new Problem(vector, what + " is a point (x, y) of the film's plane with a length unit, e.g. (20, 5) nm"));
			return Optional.empty();
		}
		if (vector.isSpatial() && vector.getZ() != 0) {
			problems.add(new Problem(vector, what + " lies in the film's plane: write (x, y), without z"));
			return Optional.empty();
		}
		double[] si = SiValues.of(vector);
		return Optional.of(new double[] { si[0], si[1] });
	}
}
