package org.spintex.compiler;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.spintex.dsl.catalog.Schemas;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.Quantity;
import org.spintex.dsl.spintex.SpintexFactory;
import org.spintex.dsl.spintex.Value;

/**
 * One parameter set to one value for one compilation — a sweep coordinate or a {@code --set} —
 * applied to the model in place and undone afterwards, so that the model is never left changed.
 *
 * @param path how the user wrote it, e.g. "magnet.length"
 * @param owner the element holding the property
 * @param property the property's name (not its symbol)
 * @param value the number as written in {@code unit}
 * @param unit the unit as written (null for a pure number)
 * @param siValue the value in SI
 */
public record ParameterAssignment(String path, EObject owner, String property, double value, String unit,
		double siValue) {

	/** Sets the value and returns what undoes it. */
	Runnable apply() {
		EStructuralFeature feature = owner.eClass().getEStructuralFeature("properties");
		@SuppressWarnings("unchecked")
		var properties = (java.util.List<Property>) owner.eGet(feature);
		Property existing = Schemas.find(properties, property).orElse(null);
		Quantity quantity = SpintexFactory.eINSTANCE.createQuantity();
		quantity.setValue(value);
		quantity.setUnit(unit);
		if (existing == null) {
			Property added = SpintexFactory.eINSTANCE.createProperty();
			added.setName(property);
			added.setValue(quantity);
			properties.add(added);
			return () -> properties.remove(added);
		}
		Value previous = existing.getValue();
		existing.setValue(quantity);
		return () -> existing.setValue(previous);
	}
}
