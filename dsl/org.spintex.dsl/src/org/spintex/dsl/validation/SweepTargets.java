package org.spintex.dsl.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.spintex.dsl.catalog.ElementSchema;
import org.spintex.dsl.catalog.PropertySpec;
import org.spintex.dsl.catalog.Schemas;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Environment;
import org.spintex.dsl.spintex.ParameterPath;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.Sweep;
import org.spintex.dsl.units.QuantityKind;

/** What a sweep (or a {@code --set}) path such as {@code magnet.length} points at. */
public final class SweepTargets {

	private SweepTargets() {
	}

	/** The element the path names: a part, a material, or the device's environment. */
	public static Optional<EObject> owner(ParameterPath path) {
		if (path.isEnvironment()) {
			Device device = EcoreUtil2.getContainerOfType(path, Device.class);
			return device == null ? Optional.empty()
					: device.getParts().stream().filter(Environment.class::isInstance).map(EObject.class::cast)
							.findFirst();
		}
		EObject owner = path.getOwner();
		return owner == null || owner.eIsProxy() ? Optional.empty() : Optional.of(owner);
	}

	/** The specification of the swept property, by name or by the symbol written in the owner. */
	public static Optional<PropertySpec> spec(ParameterPath path) {
		Optional<EObject> owner = owner(path);
		Optional<ElementSchema> schema = owner.flatMap(Schemas::of);
		if (schema.isEmpty()) {
			return Optional.empty();
		}
		Optional<PropertySpec> byName = schema.get().property(path.getProperty());
		if (byName.isPresent()) {
			return byName;
		}
		List<Property> written = owner.get().eContents().stream().filter(Property.class::isInstance)
				.map(Property.class::cast).toList();
		return Schemas.find(written, path.getProperty()).flatMap(p -> schema.get().property(p.getName()))
				.or(() -> schema.get().bySymbol(path.getProperty()));
	}

	/** The kind of a value inside a sweep, from the swept property. */
	static Optional<QuantityKind> kindOf(EObject value) {
		Sweep sweep = EcoreUtil2.getContainerOfType(value, Sweep.class);
		return sweep == null ? Optional.empty() : spec(sweep.getParameter()).map(PropertySpec::kind);
	}

	static String describe(EObject value) {
		Sweep sweep = EcoreUtil2.getContainerOfType(value, Sweep.class);
		return sweep == null ? value.eClass().getName() : "sweep of " + text(sweep.getParameter());
	}

	/** The path as written: "magnet.length". */
	public static String text(ParameterPath path) {
		return SpintexValidator.asWritten(path).replace(" ", "");
	}
}
