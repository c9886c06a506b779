package org.spintex.dsl.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.spintex.dsl.catalog.CouplingSides;
import org.spintex.dsl.catalog.FilmStack;
import org.spintex.dsl.catalog.Schemas;
import org.spintex.dsl.spintex.Coupling;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Film;
import org.spintex.dsl.spintex.Link;
import org.spintex.dsl.spintex.Region;
import org.spintex.dsl.spintex.SpintexPackage.Literals;
import org.spintex.dsl.spintex.Study;

/**
 * A stack of films in one micromagnetic study: the films share the in-plane mesh, do not overlap and sit a whole
 * number of vertical cells apart ({@link FilmStack}); a coupling joins a lower and an upper film across a spacer of at
 * least one cell, or two regions of one film (or a region and the film's cells in no region); {@code initial-state T in
 * F} names a film of the study.
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
			if (!(coupling.getFirst() instanceof Film first) || !(coupling.getSecond() instanceof Film second)
					|| !films.contains(first) || !films.contains(second) || stack.isEmpty()) {
				continue;
			}
			var lower = stack.get().placement(first).orElseThrow();
			var upper = stack.get().placement(second).orElseThrow();
			if (upper.firstLayer() <= lower.endLayer() && lower.endLayer() <= upper.firstLayer()) {
				error("in study " + study.getName() + " " + first.getName() + " and " + second.getName()
						+ " touch: films that touch are coupled by their exchange A; an interlayer coupling needs a spacer of at "
						+ "least one cell between them", coupling, Literals.COUPLING__NAME, COUPLING);
			}
		}
	}

	@Check
	public void checkCoupling(Coupling coupling) {
		EObject first = coupling.getFirst(), second = coupling.getSecond();
		if (first == null || second == null || first.eIsProxy() || second.eIsProxy()) {
			return;
		}
		if (first == second) {
			error("a coupling joins two different parts, not " + name(first) + " with itself", coupling, Literals.COUPLING__SECOND,
					COUPLING);
		} else if (first instanceof Film lower && second instanceof Film upper) {
			if (FilmStack.elevation(lower) >= FilmStack.elevation(upper)) {
				error("write the lower film first: " + lower.getName() + " is not below " + upper.getName()
						+ " (compare their elevations)", coupling, Literals.COUPLING__FIRST, COUPLING);
			}
		} else if (CouplingSides.ofRegions(coupling)) {
			checkRegionPair(coupling, first, Literals.COUPLING__FIRST);
			checkRegionPair(coupling, second, Literals.COUPLING__SECOND);
			Film a = CouplingSides.filmOf(first), b = CouplingSides.filmOf(second);
			if (a != null && b != null && a != b) {
				error("regions " + name(first) + " and " + name(second) + " lie in different films (" + a.getName() + ", "
						+ b.getName() + "); a coupling of regions joins two regions of one film, or a region and its film",
						coupling, Literals.COUPLING__SECOND, COUPLING);
			}
		} else {
			error("a coupling joins two films of a stack, or two regions of one film; " + name(first) + " and " + name(second)
					+ " are neither", coupling, Literals.COUPLING__FIRST, COUPLING);
		}
	}

	/** A side of a coupling of regions: a region with material, or a film (its cells in no region). */
	private void checkRegionPair(Coupling coupling, EObject side, org.eclipse.emf.ecore.EReference feature) {
		if (side instanceof Region region && region.isEmpty()) {
			error("region " + region.getName() + " is empty: it has no cells whose exchange could be scaled", coupling, feature,
					COUPLING);
		} else if (!(side instanceof Region) && !(side instanceof Film)) {
			error(name(side) + " is neither a region nor a film", coupling, feature, COUPLING);
		}
	}

	private static String name(EObject part) {
		org.eclipse.emf.ecore.EStructuralFeature name = part.eClass().getEStructuralFeature("name");
		return name != null ? String.valueOf(part.eGet(name)) : part.eClass().getName();
	}

	private static Optional<Link> filmLink(Study study, Film film) {
		return study.getLinks().stream().filter(l -> l.getRole().equals("film") && l.getTarget() == film).findFirst();
	}
}
