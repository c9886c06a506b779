package org.spintex.dsl.validation;

import javax.measure.Unit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.spintex.dsl.spintex.Box;
import org.spintex.dsl.spintex.Damping;
import org.spintex.dsl.spintex.Film;
import org.spintex.dsl.spintex.MaterialProperty;
import org.spintex.dsl.spintex.Quantity;
import org.spintex.dsl.spintex.SpintexPackage;
import org.spintex.dsl.units.QuantityKind;
import org.spintex.dsl.units.UnitSyntax;

/**
 * Rules a device file must obey beyond its syntax. Each rule is one small {@code @Check}; messages
 * say what was expected so that the user can fix the file without reading the manual.
 */
public class SpintexValidator extends AbstractSpintexValidator {

	public static final String NEGATIVE_DAMPING = "negativeDamping";
	public static final String NON_POSITIVE_SIZE = "nonPositiveSize";
	public static final String UNIT_ON_DIMENSIONLESS = "unitOnDimensionless";
	public static final String MISSING_UNIT = "missingUnit";
	public static final String UNKNOWN_UNIT = "unknownUnit";
	public static final String WRONG_DIMENSION = "wrongDimension";

	/** Every value has the unit its property expects: none for pure numbers, the right dimension otherwise. */
	@Check
	public void checkUnit(Quantity quantity) {
		QuantityKind kind = PropertyKinds.of(quantity);
		String what = describe(quantity);
		String written = quantity.getUnit();
		if (kind == QuantityKind.DIMENSIONLESS) {
			if (written != null) {
				error(what + " is dimensionless: write a bare number, not '" + written + "'",
						quantity, SpintexPackage.Literals.QUANTITY__UNIT, UNIT_ON_DIMENSIONLESS);
			}
			return;
		}
		if (written == null) {
			error(what + " needs a unit of " + kind.description() + ", e.g. " + asWritten(quantity) + " " + kind.typicalUnit(),
					quantity, SpintexPackage.Literals.QUANTITY__VALUE, MISSING_UNIT);
			return;
		}
		Unit<?> unit;
		try {
			unit = UnitSyntax.parse(written);
		} catch (IllegalArgumentException e) {
			error(e.getMessage(), quantity, SpintexPackage.Literals.QUANTITY__UNIT, UNKNOWN_UNIT);
			return;
		}
		if (!kind.accepts(unit)) {
			error(what + " needs a unit of " + kind.description() + " (" + kind.siUnit() + ", e.g. " + kind.typicalUnit()
					+ "), but '" + written + "' is " + unit.getSystemUnit(),
					quantity, SpintexPackage.Literals.QUANTITY__UNIT, WRONG_DIMENSION);
		}
	}

	/** Gilbert damping is dissipation: α ≥ 0. */
	@Check
	public void checkDamping(Damping damping) {
		Quantity alpha = damping.getValue();
		if (alpha.getValue() < 0) {
			error("damping " + damping.getSymbol() + " must be ≥ 0, got " + asWritten(alpha),
					alpha, SpintexPackage.Literals.QUANTITY__VALUE, NEGATIVE_DAMPING);
		}
	}

	/** A film's length, width and thickness are sizes: strictly positive. */
	@Check
	public void checkBoxSizes(Box box) {
		positive(box.getLength());
		positive(box.getWidth());
		positive(box.getThickness());
	}

	/** Mesh cells have a positive size. */
	@Check
	public void checkCellSize(Film film) {
		positive(film.getCellSize());
	}

	private void positive(Quantity size) {
		if (size != null && !(size.getValue() > 0)) {
			error(describe(size) + " must be > 0, got " + asWritten(size),
					size, SpintexPackage.Literals.QUANTITY__VALUE, NON_POSITIVE_SIZE);
		}
	}

	/** How the user names the property holding {@code quantity}: "exchange A", "width", "mesh cell". */
	private static String describe(Quantity quantity) {
		EObject owner = quantity.eContainer();
		if (owner instanceof MaterialProperty property) {
			return owner.eClass().getName().toLowerCase() + " " + property.getSymbol();
		}
		if (quantity.eContainingFeature() == SpintexPackage.Literals.FILM__CELL_SIZE) {
			return "mesh cell";
		}
		return quantity.eContainingFeature().getName();
	}

	/** The value as the user wrote it ("-1 nm", not "-1.0E-9"), for messages. */
	private static String asWritten(Quantity q) {
		return NodeModelUtils.getTokenText(NodeModelUtils.getNode(q));
	}
}
