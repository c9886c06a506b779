package org.spintex.dsl.units;

import org.spintex.dsl.spintex.Quantity;
import org.spintex.dsl.spintex.VectorQuantity;

/** Values of the model in coherent SI units: what the compiler hands to engines. */
public final class SiValues {

	private SiValues() {
	}

	/** {@code quantity} in SI; a unit that does not parse counts as 1 (the validator reports it). */
	public static double of(Quantity quantity) {
		return quantity.getValue() * factor(quantity.getUnit());
	}

	/** {@code quantity} in SI if its unit measures {@code kind} (a pure number for DIMENSIONLESS), else empty. */
	public static java.util.Optional<Double> of(Quantity quantity, QuantityKind kind) {
		String unit = quantity.getUnit();
		boolean fits;
		if (kind == QuantityKind.DIMENSIONLESS) {
			fits = unit == null;
		} else {
			try {
				fits = unit != null && kind.accepts(UnitSyntax.parse(unit));
			} catch (IllegalArgumentException e) {
				fits = false;
			}
		}
		return fits ? java.util.Optional.of(of(quantity)) : java.util.Optional.empty();
	}

	/** The components of {@code vector} in SI. */
	public static double[] of(VectorQuantity vector) {
		double f = factor(vector.getUnit());
		return new double[] { vector.getX() * f, vector.getY() * f, vector.getZ() * f };
	}

	/** The factor that turns a value written in {@code unit} (null: none) into SI. */
	public static double factor(String unit) {
		if (unit == null) {
			return 1;
		}
		try {
			return UnitSyntax.toSiFactor(UnitSyntax.parse(unit));
		} catch (IllegalArgumentException e) {
			return 1;
		}
	}
}
