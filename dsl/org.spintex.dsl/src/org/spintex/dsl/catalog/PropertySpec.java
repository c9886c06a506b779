package org.spintex.dsl.catalog;

import java.util.List;

import org.spintex.dsl.units.QuantityKind;

/**
 * One property of the language: its name (the keyword), the usual symbol, how its value is written,
 * the kind and range of a quantity, the words a choice allows, the qualifiers it takes
 * ({@code dmi interfacial}), whether it may have a direction ({@code along z}), what it means and
 * where in the seeds it comes from.
 *
 * @param defaultWord for a choice, the word used when the property is absent (null: none)
 */
public record PropertySpec(String name, String symbol, ValueShape shape, QuantityKind kind, Range range,
		List<String> words, String defaultWord, List<String> qualifiers, boolean directed, String meaning,
		String source) {

	/** A quantity of {@code kind} within {@code range}. */
	public static PropertySpec quantity(String name, String symbol, QuantityKind kind, Range range, String meaning,
			String source) {
		return new PropertySpec(name, symbol, ValueShape.QUANTITY, kind, range, List.of(), null, List.of(), false,
				meaning, source);
	}

	/** A whole, dimensionless number within {@code range}. */
	public static PropertySpec count(String name, String symbol, Range range, String meaning) {
		return quantity(name, symbol, QuantityKind.DIMENSIONLESS, range, meaning, "");
	}

	/** A three-component quantity of {@code kind}. */
	public static PropertySpec vector(String name, String symbol, QuantityKind kind, String meaning) {
		return new PropertySpec(name, symbol, ValueShape.VECTOR, kind, Range.ANY, List.of(), null, List.of(), false,
				meaning, "");
	}

	/** One of {@code words}; the first is the default. */
	public static PropertySpec choice(String name, String meaning, String... words) {
		return new PropertySpec(name, "", ValueShape.CHOICE, null, Range.ANY, List.of(words), words[0], List.of(),
				false, meaning, "");
	}

	/** Any number of {@code words}. */
	public static PropertySpec names(String name, String meaning, List<String> words) {
		return new PropertySpec(name, "", ValueShape.NAMES, null, Range.ANY, List.copyOf(words), null, List.of(),
				false, meaning, "");
	}

	/** A quoted string. */
	public static PropertySpec text(String name, String meaning) {
		return new PropertySpec(name, "", ValueShape.TEXT, null, Range.ANY, List.of(), null, List.of(), false, meaning,
				"");
	}

	/** This property, taking one of {@code allowed} after its name ({@code anisotropy uniaxial}). */
	public PropertySpec qualifiedBy(String... allowed) {
		return new PropertySpec(name, symbol, shape, kind, range, words, defaultWord, List.of(allowed), directed,
				meaning, source);
	}

	/** This property, with an optional direction ({@code along z}, {@code along (1, 1, 0)}). */
	public PropertySpec withDirection() {
		return new PropertySpec(name, symbol, shape, kind, range, words, defaultWord, qualifiers, true, meaning,
				source);
	}

	/** This property, citing {@code where} in the seeds or the literature. */
	public PropertySpec citing(String where) {
		return new PropertySpec(name, symbol, shape, kind, range, words, defaultWord, qualifiers, directed, meaning,
				where);
	}

	/** This property, with a meaning specific to the element that holds it. */
	public PropertySpec withMeaning(String specificMeaning) {
		return new PropertySpec(name, symbol, shape, kind, range, words, defaultWord, qualifiers, directed,
				specificMeaning, source);
	}

	/** The SI unit a value of this property is converted to, or "" when it has none. */
	public String siUnit() {
		return kind == null || kind.siSymbol() == null ? "" : kind.siSymbol();
	}
}
