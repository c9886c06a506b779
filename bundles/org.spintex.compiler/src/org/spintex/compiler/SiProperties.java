package org.spintex.compiler;

import java.util.List;
import java.util.Optional;

import org.spintex.dsl.catalog.Schemas;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.Quantity;
import org.spintex.dsl.units.SiValues;

/** Reads the SI values of an element's properties, with the documented defaults where a value is optional. */
final class SiProperties {

	private final List<Property> properties;

	SiProperties(List<Property> properties) {
		this.properties = properties;
	}

	Optional<Double> find(String name) {
		return Schemas.find(properties, name).filter(p -> p.getValue() instanceof Quantity)
				.map(p -> SiValues.of((Quantity) p.getValue()));
	}

	Optional<Double> find(String name, String qualifier) {
		return properties.stream().filter(p -> p.getName().equals(name) && qualifier.equals(p.getQualifier()))
				.filter(p -> p.getValue() instanceof Quantity).map(p -> SiValues.of((Quantity) p.getValue()))
				.findFirst();
	}

	double get(String name, double fallback) {
		return find(name).orElse(fallback);
	}

	/** A value the validator guarantees; its absence here is a compiler defect, said plainly. */
	double require(String name) {
		return find(name).orElseThrow(() -> new CompileException("'" + name + "' is missing"));
	}

	Optional<String> word(String name) {
		return Schemas.word(properties, name);
	}
}
