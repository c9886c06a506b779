package org.spintex.dsl.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.spintex.dsl.catalog.FilmStack;
import org.spintex.dsl.catalog.Schemas;
import org.spintex.dsl.spintex.Coupling;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Film;
import org.spintex.dsl.spintex.Link;
import org.spintex.dsl.spintex.SpintexPackage.Literals;
import org.spintex.dsl.spintex.Study;

/**
 * A stack of films in one micromagnetic study: the films share the in-plane mesh, do not overlap and sit a whole
 * number of vertical cells apart ({@link FilmStack}); a coupling joins a lower and an upper film across a spacer of at
 * least one cell; {@code initial-state T in F} names a film of the study.
 */
public class StackValidator extends AbstractDeclarativeValidator {

	public static final String STACK = "stack";
	public static final String COUPLING = "coupling";

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into SpintexValidator
	}

	@Check
	public void checkStack(Study study) {
		List<Film> films = Schemas.linkedAll(study, "film", Film.class);
		if (films.size() > 1 && !"micromagnetic".equals(study.getEngine())) {
			return; // the link check reports the repeated film
		}
		if (films.size() > 1) {
			FilmStack.of(films).ifPresent(stack -> stack.problems().forEach(problem -> filmLink(study, problem.film())
					.ifPresentOrElse(link -> error(problem.message(), link, Literals.LINK__TARGET, STACK),
							() -> error(problem.message(), study, Literals.STUDY__NAME, STACK))));
		}
		for (Link link : study.getLinks()) {
			if (link.getFilm() == null || link.getFilm().eIsProxy()) {
				continue;
			}
			if (!link.getRole().equals("initial-state")) {
				error("only an initial-state can be given per film ('initial-state T in F'), not " + link.getRole(), link,
						Literals.LINK__FILM, STACK);
			} else if (!films.contains(link.getFilm())) {
				error(link.getFilm().getName() + " is not a film of this study; its films are "
						+ String.join(", ", films.stream().map(Film::getName).toList()), link, Literals.LINK__FILM, STACK);
			}
		}
		Device device = EcoreUtil2.getContainerOfType(study, Device.class);
		if (device == null || films.size() < 2) {
			return;
		}
		Optional<FilmStack> stack = FilmStack.of(films);
		for (Coupling coupling : EcoreUtil2.typeSelect(device.getParts(), Coupling.class)) {
			if (!films.contains(coupling.getLower()) || !films.contains(coupling.getUpper()) || stack.isEmpty()) {
				continue;
			}
			var lower = stack.get().placement(coupling.getLower()).orElseThrow();
			var upper = stack.get().placement(coupling.getUpper()).orElseThrow();
			if (upper.firstLayer() <= lower.endLayer() && lower.endLayer() <= upper.firstLayer()) {
				error("in study " + study.getName() + " " + coupling.getLower().getName() + " and " + coupling.getUpper().getName()
						+ " touch: films that touch are coupled by their exchange A; an interlayer coupling needs a spacer of at "
						+ "least one cell between them", coupling, Literals.COUPLING__NAME, COUPLING);
			}
		}
	}

	@Check
	public void checkCoupling(Coupling coupling) {
		Film lower = coupling.getLower(), upper = coupling.getUpper();
		if (lower == null || upper == null || lower.eIsProxy() || upper.eIsProxy()) {
			return;
		}
		if (lower == upper) {
			error("a coupling joins two different films, not " + lower.getName() + " with itself", coupling,
					Literals.COUPLING__UPPER, COUPLING);
		} else if (FilmStack.elevation(lower) >= FilmStack.elevation(upper)) {
			error("write the lower film first: " + lower.getName() + " is not below " + upper.getName()
					+ " (compare their elevations)", coupling, Literals.COUPLING__LOWER, COUPLING);
		}
	}

	private static Optional<Link> filmLink(Study study, Film film) {
		return study.getLinks().stream().filter(l -> l.getRole().equals("film") && l.getTarget() == film).findFirst();
	}
}
