package org.spintex.dsl.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.spintex.dsl.catalog.Schemas;
import org.spintex.dsl.spintex.Contact;
import org.spintex.dsl.spintex.Film;
import org.spintex.dsl.spintex.Material;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.Quantity;
import org.spintex.dsl.spintex.SpintexPackage.Literals;
import org.spintex.dsl.spintex.Study;
import org.spintex.dsl.spintex.Texture;
import org.spintex.dsl.spintex.Wire;
import org.spintex.dsl.units.SiValues;

/**
 * Warnings for files that are valid but physically doubtful: the model would run and mislead.
 */
public class PhysicsSanityValidator extends AbstractDeclarativeValidator {

	public static final String CELL_ABOVE_EXCHANGE_LENGTH = "cellAboveExchangeLength";
	public static final String SKYRMIONS_UNSTABLE = "skyrmionsUnstable";
	public static final String TOO_FEW_SITES = "tooFewSites";

	/** µ0 in T·m/A (CODATA 2018). */
	private static final double MU0 = 1.25663706212e-6;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into SpintexValidator
	}

	/** Cells larger than the exchange length √(2A/(µ0 Ms²)) do not resolve textures (Donahue and Porter). */
	@Check
	public void checkCellAgainstExchangeLength(Film film) {
		Material material = film.getMaterial();
		if (material == null || material.eIsProxy()) {
			return;
		}
		Optional<Double> a = si(material.getProperties(), "exchange");
		Optional<Double> ms = si(material.getProperties(), "saturation");
		Optional<Double> cell = si(film.getProperties(), "cell")
				.or(() -> si(film.getProperties(), "length").flatMap(l -> si(film.getProperties(), "cells").map(n -> l / n)));
		if (a.isEmpty() || ms.isEmpty() || cell.isEmpty()) {
			return;
		}
		double exchangeLength = Math.sqrt(2 * a.get() / (MU0 * ms.get() * ms.get()));
		if (cell.get() > exchangeLength) {
			warning(String.format(Locale.ROOT,
					"mesh cell %.3g nm is larger than the exchange length %.3g nm of %s: textures will not be resolved",
					cell.get() * 1e9, exchangeLength * 1e9, material.getName()), film, Literals.FILM__NAME,
					CELL_ABOVE_EXCHANGE_LENGTH);
		}
	}

	/**
	 * Seed 000 sec. V: isolated skyrmions are metastable on the uniform state while π²D²/(4κA) ≲ 1 in the paper's
	 * per-area constants of eq. (25), A = 2A_ex d, κ = 2Kd, D = D_ex d; in the material's constants that is
	 * (D_ex/D_c)² with D_c = 4√(A_ex K)/π. Above, the uniform state gives way to spirals or a skyrmion crystal.
	 */
	@Check
	public void checkSkyrmionStability(Study study) {
		if (!"topological-drag".equals(study.getEngine())) {
			return;
		}
		study.getLinks().stream().filter(l -> l.getRole().equals("injector")).map(l -> l.getTarget())
				.filter(Contact.class::isInstance).map(c -> ((Contact) c).getFilm())
				.filter(f -> f != null && !f.eIsProxy()).map(Film::getMaterial).filter(m -> m != null && !m.eIsProxy())
				.findFirst().ifPresent(material -> checkSkyrmionStability(study, material));
	}

	private void checkSkyrmionStability(Study study, Material material) {
		List<Property> p = material.getProperties();
		Optional<Double> a = si(p, "exchange");
		Optional<Double> d = qualified(p, "dmi", "interfacial");
		Optional<Double> k = qualified(p, "anisotropy", "uniaxial");
		if (a.isEmpty() || d.isEmpty() || k.isEmpty() || !(k.get() > 0)) {
			return;
		}
		double critical = 4 * Math.sqrt(a.get() * k.get()) / Math.PI;
		double ratio = Math.abs(d.get()) / critical;
		if (ratio > 1) {
			warning(String.format(Locale.ROOT,
					"π²D²/(4κA) = %.2f > 1 (D = %.2f D_c, D_c = 4√(AK)/π = %.3g mJ/m^2): isolated skyrmions are not "
							+ "metastable in %s; expect a spiral or skyrmion crystal (seed 000 sec. V)",
					ratio * ratio, ratio, critical * 1e3, material.getName()), study, Literals.STUDY__ENGINE,
					SKYRMIONS_UNSTABLE);
		}
	}

	/** A wall needs room: its centre on the wire and a few sites on either side of its width. */
	@Check
	public void checkSitesForTexture(Wire wire) {
		Texture texture = wire.getMoments();
		Optional<Double> sites = si(wire.getProperties(), "sites");
		if (texture == null || texture.eIsProxy() || sites.isEmpty()) {
			return;
		}
		double n = sites.get();
		double center = si(texture.getProperties(), "center-site").orElse((n - 1) / 2);
		double width = si(texture.getProperties(), "width-sites").orElse(1.0);
		if (center < 0 || center > n - 1 || n < 2 * width + 1 || n < 3) {
			warning(String.format(Locale.ROOT, "%d sites are too few for %s (centre at site %s, width %s sites): use at least %d",
					(long) n, texture.getName(), compact(center), compact(width),
					(long) Math.max(3, Math.ceil(2 * width + 1))), wire, Literals.WIRE__NAME, TOO_FEW_SITES);
		}
	}

	/** 3, 0.9, 2.25: three significant digits without trailing zeros. */
	private static String compact(double value) {
		if (!Double.isFinite(value)) {
			return Double.toString(value); // refused where it is written (SpintexValidator.checkFinite)
		}
		return new java.math.BigDecimal(value).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
	}

	/** The SI value of a property written with a unit of the right dimension; empty otherwise (reported elsewhere). */
	private static Optional<Double> si(List<Property> properties, String name) {
		return properties.stream().filter(p -> p.getName().equals(name)).findFirst().flatMap(PhysicsSanityValidator::si);
	}

	private static Optional<Double> si(Property property) {
		return property.getValue() instanceof Quantity q
				? Schemas.spec(property).flatMap(spec -> SiValues.of(q, spec.kind()))
				: Optional.empty();
	}

	private static Optional<Double> qualified(List<Property> properties, String name, String qualifier) {
		return properties.stream().filter(p -> p.getName().equals(name) && qualifier.equals(p.getQualifier()))
				.findFirst().flatMap(PhysicsSanityValidator::si);
	}
}
