package org.spintex.dsl.catalog;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one kind of element accepts: its properties, which of them are required, groups of which
 * exactly one is required ({@code cell} or {@code cells}), and the links a study needs.
 *
 * @param title how users call the element, e.g. "film (box)", "texture skyrmion"
 */
public record ElementSchema(String title, String meaning, List<PropertySpec> properties, Set<String> required,
		List<Set<String>> oneOf, List<LinkSpec> links) {

	public Optional<PropertySpec> property(String name) {
		return properties.stream().filter(p -> p.name().equals(name)).findFirst();
	}

	/** The property with the catalog symbol {@code symbol} (e.g. Lx for length). */
	public Optional<PropertySpec> bySymbol(String symbol) {
		return properties.stream().filter(p -> p.symbol().equals(symbol)).findFirst();
	}

	public Optional<LinkSpec> link(String role) {
		return links.stream().filter(l -> l.role().equals(role)).findFirst();
	}
}
