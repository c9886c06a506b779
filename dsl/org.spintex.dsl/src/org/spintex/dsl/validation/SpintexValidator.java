package org.spintex.dsl.validation;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.spintex.dsl.spintex.Box;
import org.spintex.dsl.spintex.Damping;
import org.spintex.dsl.spintex.Film;
import org.spintex.dsl.spintex.Quantity;
import org.spintex.dsl.spintex.SpintexPackage;

/**
 * Rules a device file must obey beyond its syntax. Each rule is one small {@code @Check}; messages
 * say what was expected so that the user can fix the file without reading the manual.
 */
public class SpintexValidator extends AbstractSpintexValidator {

	public static final String NEGATIVE_DAMPING = "negativeDamping";
	public static final String NON_POSITIVE_SIZE = "nonPositiveSize";
	public static final String UNIT_ON_DIMENSIONLESS = "unitOnDimensionless";

	/** Gilbert damping is dissipation: α ≥ 0, and it is a pure number. */
	@Check
	public void checkDamping(Damping damping) {
		Quantity alpha = damping.getValue();
		if (alpha.getUnit() != null) {
			error("damping " + damping.getSymbol() + " is dimensionless: write a bare number, not '" + alpha.getUnit() + "'",
					alpha, SpintexPackage.Literals.QUANTITY__UNIT, UNIT_ON_DIMENSIONLESS);
		}
		if (alpha.getValue() < 0) {
			error("damping " + damping.getSymbol() + " must be ≥ 0, got " + asWritten(alpha),
					alpha, SpintexPackage.Literals.QUANTITY__VALUE, NEGATIVE_DAMPING);
		}
	}

	/** A film's length, width and thickness are sizes: strictly positive. */
	@Check
	public void checkBoxSizes(Box box) {
		positive("length", box.getLength());
		positive("width", box.getWidth());
		positive("thickness", box.getThickness());
	}

	/** Mesh cells have a positive size. */
	@Check
	public void checkCellSize(Film film) {
		positive("mesh cell", film.getCellSize());
	}

	/** The value as the user wrote it ("-1 nm", not "-1.0E-9"), for messages. */
	private static String asWritten(Quantity q) {
		return NodeModelUtils.getTokenText(NodeModelUtils.getNode(q));
	}

	private void positive(String what, Quantity size) {
		if (size != null && !(size.getValue() > 0)) {
			error(what + " must be > 0, got " + asWritten(size),
					size, SpintexPackage.Literals.QUANTITY__VALUE, NON_POSITIVE_SIZE);
		}
	}
}
