package org.spintex.dsl.validation;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.spintex.dsl.catalog.Schemas;
import org.spintex.dsl.spintex.Material;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.Quantity;
import org.spintex.dsl.units.SiValues;

/**
 * A material's moment and angular momentum are tied by Ms = γ s: it may give two of saturation, gyromagnetic-ratio and
 * spin-density (the third follows), not three that disagree, or the engines that count moments and those that count
 * angular momentum would see two different magnets.
 */
public class MaterialValidator extends AbstractDeclarativeValidator {

	public static final String OVERDETERMINED_SPIN = "overdeterminedSpin";

	/** Agreement to this relative difference counts as the same magnet (values typed with ten digits). */
	private static final double TOLERANCE = 1e-9;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into SpintexValidator
	}

	@Check
	public void checkMomentAndAngularMomentum(Material material) {
		Optional<Property> ms = Schemas.find(material.getProperties(), "saturation");
		Optional<Property> gamma = Schemas.find(material.getProperties(), "gyromagnetic-ratio");
		Optional<Property> s = Schemas.find(material.getProperties(), "spin-density");
		if (ms.isEmpty() || gamma.isEmpty() || s.isEmpty()) {
			return;
		}
		Optional<Double> msValue = si(ms.get()), gammaValue = si(gamma.get()), sValue = si(s.get());
		if (msValue.isEmpty() || gammaValue.isEmpty() || sValue.isEmpty()) {
			return; // a unit error is reported on its own
		}
		double product = gammaValue.get() * sValue.get();
		if (Math.abs(product - msValue.get()) > TOLERANCE * Math.abs(msValue.get())) {
			error(String.format(Locale.ROOT, "saturation, gyromagnetic-ratio and spin-density disagree: Ms = %.6g A/m but "
					+ "γ s = %.6g A/m; give two of them, the third follows from Ms = γ s", msValue.get(), product),
					s.get(), null, OVERDETERMINED_SPIN);
		}
	}

	private static Optional<Double> si(Property property) {
		return property.getValue() instanceof Quantity q ? Optional.of(SiValues.of(q)) : Optional.empty();
	}
}
