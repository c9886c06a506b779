package org.spintex.dsl.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.measure.Unit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ComposedChecks;
import org.spintex.dsl.catalog.ElementSchema;
import org.spintex.dsl.catalog.PropertySpec;
import org.spintex.dsl.catalog.Schemas;
import org.spintex.dsl.catalog.ValueShape;
import org.spintex.dsl.migration.Migrations;
import org.spintex.dsl.migration.PropertyRename;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.Quantity;
import org.spintex.dsl.spintex.SpintexPackage.Literals;
import org.spintex.dsl.spintex.Text;
import org.spintex.dsl.spintex.Value;
import org.spintex.dsl.spintex.VectorQuantity;
import org.spintex.dsl.spintex.Words;
import org.spintex.dsl.units.QuantityKind;
import org.spintex.dsl.units.SiValues;
import org.spintex.dsl.units.UnitSyntax;

/**
 * Rules every property obeys, read from the PropertyCatalog: it belongs to its element, its value
 * has the expected form, unit and range, qualifiers and directions are where they may be, nothing
 * is written twice and nothing required is missing. Each rule is one small {@code @Check}; messages
 * say what was expected so that the user can fix the file without reading the manual. Rules of
 * elements and studies, and physical sanity warnings, are in the composed validators.
 */
@ComposedChecks(validators = { LanguageVersionValidator.class, ElementValidator.class, NameValidator.class, PartUseValidator.class, ImportValidator.class,
		StudyValidator.class, WindingBatteryValidator.class, TextureForcesValidator.class, MacrospinValidator.class,
		MaterialValidator.class, PhysicsSanityValidator.class, StackValidator.class, RegionValidator.class })
public class SpintexValidator extends AbstractSpintexValidator {

	public static final String UNKNOWN_PROPERTY = "unknownProperty";
	public static final String WRONG_VALUE_FORM = "wrongValueForm";
	public static final String UNKNOWN_WORD = "unknownWord";
	public static final String OUT_OF_RANGE = "outOfRange";
	public static final String UNIT_ON_DIMENSIONLESS = "unitOnDimensionless";
	public static final String MISSING_UNIT = "missingUnit";
	public static final String UNKNOWN_UNIT = "unknownUnit";
	public static final String WRONG_DIMENSION = "wrongDimension";
	public static final String MISSING_QUALIFIER = "missingQualifier";
	public static final String UNEXPECTED_QUALIFIER = "unexpectedQualifier";
	public static final String UNEXPECTED_DIRECTION = "unexpectedDirection";
	public static final String BAD_DIRECTION = "badDirection";
	public static final String DUPLICATE_PROPERTY = "duplicateProperty";
	public static final String MISSING_PROPERTY = "missingProperty";

	/** The owner accepts the property; otherwise list what it does accept. */
	@Check
	public void checkPropertyKnown(Property property) {
		if (Schemas.spec(property).isPresent()) {
			return;
		}
		EObject owner = property.eContainer();
		String accepted = property.eContainingFeature() == Literals.GATE__OVERRIDES
				? names(Schemas.gateOverridable())
				: Schemas.of(owner).map(schema -> names(schema.properties())).orElse(null);
		if (accepted == null) {
			return; // the owner's kind is unknown; that is reported on the kind
		}
		String title = Schemas.of(owner).map(ElementSchema::title).orElse("a gate");
		Optional<PropertyRename> renamed = Migrations.renameOf(property.getName());
		if (renamed.isPresent()) {
			error("'" + renamed.get().oldName() + "' is the language-2 name of '" + renamed.get().newName()
					+ "' (renamed in language " + renamed.get().since() + "): write '" + renamed.get().newName()
					+ "'; 'spintex migrate FILE' rewrites files written in language 2", property, Literals.PROPERTY__NAME,
					UNKNOWN_PROPERTY);
			return;
		}
		error(title + " has no property '" + property.getName() + "'; it accepts " + accepted, property,
				Literals.PROPERTY__NAME, UNKNOWN_PROPERTY);
	}

	/** The value is written in the form its property expects: a number, a vector, a word or a text. */
	@Check
	public void checkValueForm(Property property) {
		Optional<PropertySpec> found = Schemas.spec(property);
		if (found.isEmpty()) {
			return;
		}
		PropertySpec spec = found.get();
		Value value = property.getValue();
		ValueShape written = value instanceof Quantity ? ValueShape.QUANTITY
				: value instanceof VectorQuantity ? ValueShape.VECTOR
						: value instanceof Text ? ValueShape.TEXT
								: ((Words) value).getWords().size() > 1 ? ValueShape.NAMES : ValueShape.CHOICE;
		boolean fits = written == spec.shape() || (written == ValueShape.CHOICE && spec.shape() == ValueShape.NAMES);
		if (!fits) {
			error(describe(property) + " needs " + expectedForm(spec), property, Literals.PROPERTY__VALUE,
					WRONG_VALUE_FORM);
			return;
		}
		if (value instanceof Words words) {
			for (int i = 0; i < words.getWords().size(); i++) {
				String word = words.getWords().get(i);
				if (!spec.words().contains(word)) {
					error("'" + word + "' is not a " + spec.name() + "; write one of " + String.join(", ", spec.words()),
							words, Literals.WORDS__WORDS, i, UNKNOWN_WORD);
				}
			}
		}
	}

	/** A number that a double cannot hold (1e999) is refused where it is written, before anything computes with it. */
	@Check
	public void checkFinite(Quantity quantity) {
		if (!Double.isFinite(quantity.getValue())) {
			error(asWritten(quantity) + " is too large for a number (the largest is about 1.8e308)", quantity,
					Literals.QUANTITY__VALUE, OUT_OF_RANGE);
		}
	}

	@Check
	public void checkFinite(VectorQuantity vector) {
		if (!Double.isFinite(vector.getX()) || !Double.isFinite(vector.getY()) || !Double.isFinite(vector.getZ())) {
			error(asWritten(vector) + " has a component too large for a number (the largest is about 1.8e308)", vector, null,
					OUT_OF_RANGE);
		}
	}

	/** A property's vector has three components; only a point of a region's outline may leave out z. */
	@Check
	public void checkComponents(VectorQuantity vector) {
		if (!vector.isSpatial() && !(vector.eContainer() instanceof org.spintex.dsl.spintex.Primitive)) {
			error(asWritten(vector) + " needs three components (x, y, z)", vector, null, OUT_OF_RANGE);
		}
	}

	/** Every value has the unit its property expects: none for pure numbers, the right dimension otherwise. */
	@Check
	public void checkUnit(Quantity quantity) {
		kindOf(quantity).ifPresent(kind -> checkUnit(quantity, quantity.getUnit(), asWritten(quantity), kind,
				Literals.QUANTITY__UNIT, Literals.QUANTITY__VALUE));
	}

	@Check
	public void checkUnit(VectorQuantity vector) {
		kindOf(vector).ifPresent(kind -> checkUnit(vector, vector.getUnit(), asWritten(vector), kind,
				Literals.VECTOR_QUANTITY__UNIT, Literals.VECTOR_QUANTITY__X));
	}

	private void checkUnit(EObject value, String written, String asWritten, QuantityKind kind,
			EStructuralFeature unitFeature, EStructuralFeature numberFeature) {
		String what = describe(value);
		if (kind == QuantityKind.DIMENSIONLESS) {
			if (written != null) {
				error(what + " is dimensionless: write a bare number, not '" + written + "'", value, unitFeature,
						UNIT_ON_DIMENSIONLESS);
			}
			return;
		}
		if (written == null) {
			error(what + " needs a unit of " + kind.description() + ", e.g. " + asWritten + " " + kind.typicalUnit(),
					value, numberFeature, MISSING_UNIT);
			return;
		}
		Unit<?> unit;
		try {
			unit = UnitSyntax.parse(written);
		} catch (IllegalArgumentException e) {
			error(e.getMessage(), value, unitFeature, UNKNOWN_UNIT);
			return;
		}
		if (!kind.accepts(unit)) {
			error(what + " needs a unit of " + kind.description() + " (" + kind.siUnit() + ", e.g. "
					+ kind.typicalUnit() + "), but '" + written + "' is " + unit.getSystemUnit(), value, unitFeature,
					WRONG_DIMENSION);
		}
	}

	/** Values lie in their property's range: α ≥ 0, |P| ≤ 1, sizes > 0, counts whole. */
	@Check
	public void checkRange(Property property) {
		Optional<PropertySpec> spec = Schemas.spec(property);
		if (spec.isEmpty() || !(property.getValue() instanceof Quantity quantity) || !Double.isFinite(quantity.getValue())) {
			return; // a number too large for a double is refused by checkFinite
		}
		var range = spec.get().range();
		if (!range.contains(SiValues.of(quantity))) {
			error(describe(property) + " must be " + range.describe() + ", got " + asWritten(quantity), quantity,
					Literals.QUANTITY__VALUE, OUT_OF_RANGE);
		}
	}

	/** {@code dmi} needs its crystal class, {@code anisotropy} its symmetry; others take none. */
	@Check
	public void checkQualifier(Property property) {
		Schemas.spec(property).ifPresent(spec -> {
			List<String> allowed = spec.qualifiers();
			String written = property.getQualifier();
			if (written == null && !allowed.isEmpty()) {
				error(property.getName() + " needs its class: " + property.getName() + " " + String.join(" | ", allowed),
						property, Literals.PROPERTY__NAME, MISSING_QUALIFIER);
			} else if (written != null && !allowed.contains(written)) {
				error(property.getName() + " takes " + (allowed.isEmpty() ? "no class" : String.join(", ", allowed))
						+ ", not '" + written + "'", property, Literals.PROPERTY__QUALIFIER, UNEXPECTED_QUALIFIER);
			}
		});
	}

	/** {@code along} belongs to directed properties and names an axis or gives a vector. */
	@Check
	public void checkDirection(Property property) {
		Value direction = property.getDirection();
		if (direction == null) {
			return;
		}
		Schemas.spec(property).ifPresent(spec -> {
			if (!spec.directed()) {
				error(property.getName() + " has no direction; remove 'along'", property, Literals.PROPERTY__DIRECTION,
						UNEXPECTED_DIRECTION);
			} else if (!isDirection(direction)) {
				error("a direction is x, y, z or a vector such as (1, 1, 0)", property, Literals.PROPERTY__DIRECTION,
						BAD_DIRECTION);
			}
		});
	}

	private static boolean isDirection(Value direction) {
		if (direction instanceof Words words) {
			return words.getWords().size() == 1 && java.util.Objects.requireNonNullElse(words.getWords().get(0), "").matches("[xyz]");
		}
		if (direction instanceof VectorQuantity v) {
			return v.getUnit() == null && (v.getX() != 0 || v.getY() != 0 || v.getZ() != 0);
		}
		return false;
	}

	/** A property is written once (anisotropies once per symmetry class). */
	@Check
	public void checkNoDuplicates(EObject owner) {
		Set<String> seen = new HashSet<>();
		for (EObject child : owner.eContents()) {
			if (child instanceof Property property && property.eContainingFeature() != Literals.GATE__OVERRIDES) {
				String key = property.getName() + (property.getQualifier() == null ? "" : " " + property.getQualifier());
				if (!seen.add(key)) {
					error(key + " is set twice; keep one", property, Literals.PROPERTY__NAME, DUPLICATE_PROPERTY);
				}
			}
		}
	}

	/** Required properties are present, and exactly one of each alternative group ({@code cell} | {@code cells}). */
	@Check
	public void checkRequired(EObject owner) {
		Optional<ElementSchema> found = Schemas.of(owner);
		if (found.isEmpty()) {
			return;
		}
		ElementSchema schema = found.get();
		Set<String> present = owner.eContents().stream().filter(Property.class::isInstance)
				.filter(p -> p.eContainingFeature() != Literals.GATE__OVERRIDES).map(p -> ((Property) p).getName())
				.collect(Collectors.toSet());
		// the element's name, or the whole element (an environment has no name)
		EStructuralFeature where = owner.eClass().getEStructuralFeature("name");
		schema.required().stream().sorted().filter(r -> !present.contains(r)).forEach(r -> error(
				schema.title() + " needs '" + r + "'" + example(schema, r), owner, where, MISSING_PROPERTY));
		for (Set<String> group : schema.oneOf()) {
			long given = group.stream().filter(present::contains).count();
			if (given != 1) {
				java.util.List<String> names = group.stream().sorted().toList();
				String alternatives = names.size() == 1 ? names.get(0)
						: String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
				error(schema.title() + (given == 0 ? " needs " : " takes only one of ") + alternatives, owner, where,
						MISSING_PROPERTY);
			}
		}
	}

	private static String example(ElementSchema schema, String name) {
		return schema.property(name).filter(p -> p.kind() != null && p.kind().typicalUnit() != null)
				.map(p -> ", e.g. " + name + " 1 " + p.kind().typicalUnit()).orElse("");
	}

	/** The quantity kind of a value: its property's, or its sweep target's. */
	private static Optional<QuantityKind> kindOf(EObject value) {
		EObject container = value.eContainer();
		if (container instanceof Property property && value.eContainingFeature() == Literals.PROPERTY__VALUE) {
			return Schemas.spec(property).map(PropertySpec::kind);
		}
		return SweepTargets.kindOf(value);
	}

	/** How the user names the property holding {@code value}: "exchange A", "width", "sweep of magnet.length". */
	static String describe(EObject value) {
		EObject node = value instanceof Property ? value : value.eContainer();
		if (node instanceof Property property) {
			return property.getName() + (property.getSymbol() == null ? "" : " " + property.getSymbol());
		}
		return SweepTargets.describe(value);
	}

	private static String expectedForm(PropertySpec spec) {
		return switch (spec.shape()) {
		case QUANTITY -> spec.kind() == QuantityKind.DIMENSIONLESS ? "a number"
				: "a number with a unit of " + spec.kind().description() + ", e.g. 1 " + spec.kind().typicalUnit();
		case VECTOR -> "a vector such as (0, 0, 1)"
				+ (spec.kind().typicalUnit() == null ? "" : " " + spec.kind().typicalUnit());
		case CHOICE -> "one of " + String.join(", ", spec.words());
		case NAMES -> "a list of " + String.join(", ", spec.words());
		case TEXT -> "a quoted text, e.g. \"state.ovf\"";
		};
	}

	private static String names(List<PropertySpec> specs) {
		return specs.stream().map(PropertySpec::name).collect(Collectors.joining(", "));
	}

	/** The value as the user wrote it ("-1 nm", not "-1.0E-9"), for messages. */
	static String asWritten(EObject value) {
		return NodeModelUtils.getTokenText(NodeModelUtils.getNode(value));
	}
}
