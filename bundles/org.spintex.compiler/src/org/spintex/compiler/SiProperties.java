package org.spintex.compiler;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.spintex.dsl.catalog.Schemas;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.Quantity;
import org.spintex.dsl.units.SiValues;

/**
 * Reads the SI values of an element's properties, with the documented defaults where a value is optional: what
 * every study kind's compiler, built in or from another bundle, reads its settings with.
 */
public final class SiProperties {

	private final List<Property> properties;

	public SiProperties(List<Property> properties) {
		this.properties = properties;
	}

	public Optional<Double> find(String name) {
		return Schemas.find(properties, name).filter(p -> p.getValue() instanceof Quantity)
				.map(p -> SiValues.of((Quantity) p.getValue()));
	}

	public Optional<Double> find(String name, String qualifier) {
		return properties.stream().filter(p -> p.getName().equals(name) && qualifier.equals(p.getQualifier()))
				.filter(p -> p.getValue() instanceof Quantity).map(p -> SiValues.of((Quantity) p.getValue()))
				.findFirst();
	}

	/** A value that may be absent, its default then being the engine's to decide. */
	public OptionalDouble optional(String name) {
		return find(name).map(OptionalDouble::of).orElse(OptionalDouble.empty());
	}

	public double get(String name, double fallback) {
		return find(name).orElse(fallback);
	}

	/** A value the validator guarantees; its absence here is a compiler defect, said plainly. */
	public double require(String name) {
		return find(name).orElseThrow(() -> new CompileException("'" + name + "' is missing"));
	}

	public Optional<String> word(String name) {
		return Schemas.word(properties, name);
	}

	/** The words of a list property ({@code outputs m, torque}). */
	public Optional<List<String>> words(String name) {
		return Schemas.words(properties, name);
	}

	/** A vector property in SI, e.g. {@code field (0, 0, 25) mT}. */
	public Optional<org.spintex.core.math.Vector3> vector(String name) {
		return Schemas.find(properties, name).filter(p -> p.getValue() instanceof org.spintex.dsl.spintex.VectorQuantity)
				.map(p -> {
					double[] v = SiValues.of((org.spintex.dsl.spintex.VectorQuantity) p.getValue());
					return new org.spintex.core.math.Vector3(v[0], v[1], v[2]);
				});
	}

	/** The {@code along} direction of a property: an axis word x, y, z or a vector; empty if none is given. */
	static Optional<org.spintex.core.math.Vector3> direction(Property property) {
		if (property.getDirection() instanceof org.spintex.dsl.spintex.VectorQuantity v) {
			double[] d = SiValues.of(v);
			return Optional.of(new org.spintex.core.math.Vector3(d[0], d[1], d[2]));
		}
		if (property.getDirection() instanceof org.spintex.dsl.spintex.Words w && !w.getWords().isEmpty()) {
			return Optional.of(switch (w.getWords().get(0)) {
			case "x" -> org.spintex.core.math.Vector3.UNIT_X;
			case "y" -> org.spintex.core.math.Vector3.UNIT_Y;
			default -> org.spintex.core.math.Vector3.UNIT_Z;
			});
		}
		return Optional.empty();
	}

	List<Property> all() {
		return properties;
	}
}
