package org.spintex.dsl.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.spintex.dsl.catalog.Schemas;
import org.spintex.dsl.spintex.Film;
import org.spintex.dsl.spintex.SpintexPackage.Literals;
import org.spintex.dsl.spintex.Study;
import org.spintex.dsl.spintex.Texture;

/**
 * Seed 003's macrospin starts from one direction and, on a topological insulator, needs the interface's exchange ratio
 * and lattice constant (eqs. (2.31), (2.39)).
 */
public class MacrospinValidator extends AbstractDeclarativeValidator {

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into SpintexValidator
	}

	@Check
	public void checkMacrospin(Study study) {
		if (!"macrospin".equals(study.getEngine())) {
			return;
		}
		// the macrospin's LLG needs Ms and α; exchange does not enter one cell
		StudyValidator.linked(study, "film", Film.class).map(Film::getMaterial).filter(m -> m != null && !m.eIsProxy())
				.ifPresent(material -> {
					for (String name : List.of("saturation", "damping")) {
						if (Schemas.find(material.getProperties(), name).isEmpty()) {
							needs(study, "material " + material.getName() + " needs '" + name + "' for the macrospin's LLG equation "
									+ "(seed 003 eq. (2.1))");
						}
					}
				});
		Optional<Texture> start = StudyValidator.linked(study, "initial-state", Texture.class);
		if (start.isPresent() && !"uniform".equals(start.get().getKind())) {
			needs(study, "a macrospin starts from one direction: link a uniform texture as 'initial-state', not the "
					+ start.get().getKind() + " " + start.get().getName());
		}
		String model = Schemas.word(study.getProperties(), "interface").orElse("none");
		if (!model.equals("none")) {
			for (String name : List.of("exchange-ratio", "lattice-constant")) {
				if (Schemas.find(study.getProperties(), name).isEmpty()) {
					needs(study, "the " + model + " interface needs '" + name + "': its Berry curvature and induced field scale "
							+ "with α = Jma/ħv and the lattice constant a (seed 003 eqs. (2.31), (2.39))");
				}
			}
		} else if (Schemas.find(study.getProperties(), "electric-field").isPresent()) {
			warning("without a topological-insulator 'interface' the 'electric-field' acts on nothing", study,
					Literals.STUDY__ENGINE, StudyValidator.ENGINE_NEEDS);
		}
	}

	private void needs(Study study, String message) {
		error(message, study, Literals.STUDY__ENGINE, StudyValidator.ENGINE_NEEDS);
	}
}
