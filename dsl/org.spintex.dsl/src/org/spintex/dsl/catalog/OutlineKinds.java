package org.spintex.dsl.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The primitive shapes of a region's outline and the arguments each takes, in order: {@code box(length, width)},
 * {@code disk(radius)}, {@code ellipse(length, width)}, {@code loop(radius, inner-radius)} (lengths), and
 * {@code polygon((x, y) nm, …)} (three or more vertices), {@code mask("file.png", length, width)} (a picture's dark
 * pixels, or those of the colour given as a fourth argument), {@code grain(7, 12)} (grains of the film's tessellation, by
 * their numbers in the region table). One definition for the validator, content assist, the
 * reference and the compiler.
 *
 * @param arguments the names of the length arguments; empty for a polygon, which takes vertices
 */
public record OutlineKinds(String kind, List<String> arguments, String meaning) {

	private static final Map<String, OutlineKinds> KINDS = new LinkedHashMap<>();

	static {
		add(new OutlineKinds("box", List.of("length", "width"), "a rectangle of full sides length (x) and width (y)"));
		add(new OutlineKinds("disk", List.of("radius"), "a disk"));
		add(new OutlineKinds("ellipse", List.of("length", "width"), "an ellipse of full axes length (x) and width (y)"));
		add(new OutlineKinds("loop", List.of("radius", "inner-radius"), "a ring"));
		add(new OutlineKinds("polygon", List.of(), "a polygon through three or more vertices (x, y), in order"));
		add(new OutlineKinds("mask", List.of("\"file.png\"", "length", "width"), "the dark pixels of a PNG picture stretched over "
				+ "length × width (a fourth argument \"#rrggbb\" takes the pixels of that colour instead)"));
		add(new OutlineKinds("grain", List.of("number"), "grains of the film's tessellation, by their numbers in the regions "
				+ "table (film.grain-7 is grain(7)); the film needs its grains"));
	}

	private static void add(OutlineKinds kind) {
		KINDS.put(kind.kind(), kind);
	}

	public static Optional<OutlineKinds> named(String kind) {
		return Optional.ofNullable(KINDS.get(kind));
	}

	public static List<OutlineKinds> all() {
		return List.copyOf(KINDS.values());
	}

	/** True for the mask, whose first argument is its picture's file. */
	public boolean picture() {
		return kind.equals("mask");
	}

	/** True for the grains, whose arguments are their numbers. */
	public boolean grains() {
		return kind.equals("grain");
	}

	/** True for the polygon, whose arguments are its vertices. */
	public boolean vertices() {
		return arguments.isEmpty();
	}

	/** "box(length, width)", "polygon((x, y), …)". */
	public String signature() {
		String written = vertices() ? "(x, y), (x, y), (x, y), …" : grains() ? "number, …" : String.join(", ", arguments);
		return kind + "(" + written + ")";
	}
}
