package org.spintex.compiler;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.measure.Unit;

import org.eclipse.emf.ecore.EObject;
import org.spintex.dsl.catalog.ElementSchema;
import org.spintex.dsl.catalog.PropertySpec;
import org.spintex.dsl.catalog.Schemas;
import org.spintex.dsl.catalog.ValueShape;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Environment;
import org.spintex.dsl.spintex.Film;
import org.spintex.dsl.spintex.Part;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.units.QuantityKind;
import org.spintex.dsl.units.SiValues;
import org.spintex.dsl.units.UnitSyntax;

/**
 * Reads {@code --set PATH=QUANTITY} against a device: the path names a part, a film's material or
 * the environment and one of its properties (by name or symbol); the quantity gets the same unit
 * and range checks as in a file.
 */
public final class ParameterPaths {

	private static final Pattern ASSIGNMENT = Pattern.compile(
			"\\s*([A-Za-z_][\\w]*)\\.([A-Za-z_][\\w-]*)\\s*=\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(\\S.*)?");

	private ParameterPaths() {
	}

	/** The assignment {@code text} means in {@code device}. */
	public static ParameterAssignment parse(String text, Device device) {
		Matcher m = ASSIGNMENT.matcher(text);
		if (!m.matches()) {
			throw new CompileException("--set " + text + ": write OWNER.PROPERTY=VALUE UNIT, e.g. magnet.thickness=5nm");
		}
		String ownerName = m.group(1);
		EObject owner = owner(device, ownerName).orElseThrow(() -> new CompileException("--set " + text
				+ ": device " + device.getName() + " has no part, material or environment named '" + ownerName + "'"));
		String unit = m.group(4) == null ? null : m.group(4).replace(" ", "");
		return assignment(ownerName + "." + m.group(2), owner, m.group(2), Double.parseDouble(m.group(3)), unit);
	}

	/** A checked assignment of {@code value unit} to {@code name} (property name or symbol) of {@code owner}. */
	static ParameterAssignment assignment(String path, EObject owner, String name, double value, String unit) {
		ElementSchema schema = Schemas.of(owner)
				.orElseThrow(() -> new CompileException(path + ": its owner's kind is unknown"));
		PropertySpec spec = schema.property(name).or(() -> bySymbol(owner, name).flatMap(p -> schema.property(p.getName())))
				.or(() -> schema.bySymbol(name))
				.orElseThrow(() -> new CompileException(path + ": " + schema.title() + " has no property '" + name + "'"));
		if (spec.shape() != ValueShape.QUANTITY) {
			throw new CompileException(path + ": only numeric properties can be set this way");
		}
		QuantityKind kind = spec.kind();
		double factor;
		if (kind == QuantityKind.DIMENSIONLESS) {
			if (unit != null) {
				throw new CompileException(path + " is dimensionless: give a bare number, not '" + unit + "'");
			}
			factor = 1;
		} else {
			if (unit == null) {
				throw new CompileException(path + " needs a unit of " + kind.description() + ", e.g. " + kind.typicalUnit());
			}
			Unit<?> parsed;
			try {
				parsed = UnitSyntax.parse(unit);
			} catch (IllegalArgumentException e) {
				throw new CompileException(path + ": " + e.getMessage());
			}
			if (!kind.accepts(parsed)) {
				throw new CompileException(path + " needs a unit of " + kind.description() + " (" + kind.siUnit()
						+ ", e.g. " + kind.typicalUnit() + "), but '" + unit + "' is " + parsed.getSystemUnit());
			}
			factor = SiValues.factor(unit);
		}
		double si = value * factor;
		if (!spec.range().contains(si)) {
			throw new CompileException(path + " must be " + spec.range().describe() + ", got " + value
					+ (unit == null ? "" : " " + unit));
		}
		return new ParameterAssignment(path, owner, spec.name(), value, unit, si);
	}

	private static Optional<Property> bySymbol(EObject owner, String symbol) {
		List<Property> named = owner.eContents().stream().filter(Property.class::isInstance).map(Property.class::cast)
				.filter(p -> symbol.equals(p.getSymbol())).toList();
		if (named.size() > 1) {
			throw new CompileException(symbol + " names " + named.size() + " properties here ("
					+ String.join(", ", named.stream().map(p -> p.getName() + (p.getQualifier() == null ? "" : " " + p.getQualifier()))
							.toList())
					+ "); give each a symbol of its own to address one");
		}
		return named.stream().findFirst();
	}

	private static Optional<EObject> owner(Device device, String name) {
		if (name.equals("environment")) {
			return device.getParts().stream().filter(Environment.class::isInstance).map(EObject.class::cast).findFirst();
		}
		for (Part part : device.getParts()) {
			var nameFeature = part.eClass().getEStructuralFeature("name");
			if (nameFeature != null && name.equals(part.eGet(nameFeature))) {
				return Optional.of(part);
			}
			if (part instanceof Film film && film.getMaterial() != null && name.equals(film.getMaterial().getName())) {
				return Optional.of(film.getMaterial());
			}
		}
		return Optional.empty();
	}
}
