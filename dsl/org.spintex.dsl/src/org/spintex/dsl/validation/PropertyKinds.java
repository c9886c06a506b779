package org.spintex.dsl.validation;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.spintex.dsl.spintex.Quantity;
import org.spintex.dsl.spintex.SpintexPackage.Literals;
import org.spintex.dsl.units.QuantityKind;

/** Which kind of quantity each value-holding property of the language expects. */
final class PropertyKinds {

	/** Material properties share their value feature; the kind follows from the property's class. */
	private static final Map<EClass, QuantityKind> MATERIAL_PROPERTIES = Map.of(
			Literals.EXCHANGE, QuantityKind.EXCHANGE_STIFFNESS,
			Literals.SATURATION, QuantityKind.MAGNETIZATION,
			Literals.DAMPING, QuantityKind.DIMENSIONLESS,
			Literals.DMI, QuantityKind.DMI_CONSTANT,
			Literals.ANISOTROPY, QuantityKind.ENERGY_DENSITY);

	private static final Map<EStructuralFeature, QuantityKind> FEATURES = Map.of(
			Literals.BOX__LENGTH, QuantityKind.LENGTH,
			Literals.BOX__WIDTH, QuantityKind.LENGTH,
			Literals.BOX__THICKNESS, QuantityKind.LENGTH,
			Literals.FILM__CELL_SIZE, QuantityKind.LENGTH);

	private PropertyKinds() {
	}

	/** The kind {@code quantity}'s property expects; every quantity-valued property has one. */
	static QuantityKind of(Quantity quantity) {
		EStructuralFeature feature = quantity.eContainingFeature();
		QuantityKind kind = feature == Literals.MATERIAL_PROPERTY__VALUE
				? MATERIAL_PROPERTIES.get(quantity.eContainer().eClass())
				: FEATURES.get(feature);
		if (kind == null) {
			throw new IllegalStateException("no quantity kind declared for a value of "
					+ quantity.eContainer().eClass().getName() + "." + feature.getName());
		}
		return kind;
	}
}
