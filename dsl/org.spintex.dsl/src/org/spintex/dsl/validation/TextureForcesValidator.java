package org.spintex.dsl.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.spintex.dsl.catalog.Schemas;
import org.spintex.dsl.spintex.Contact;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Film;
import org.spintex.dsl.spintex.Material;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.SpintexPackage.Literals;
import org.spintex.dsl.spintex.Study;

/**
 * Seed 002's texture forces need a texture in a film, at most one spin-polarised current to push it, the
 * electrons described whole or not at all, and a film without open edges for the micromagnetic comparison
 * with the free Thiele motion.
 */
public class TextureForcesValidator extends AbstractDeclarativeValidator {

	static final List<String> ELECTRONS = List.of("fermi-wavevector", "spin-splitting", "resistivity");

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into SpintexValidator
	}

	@Check
	public void checkTextureForces(Study study) {
		if (!"texture-forces".equals(study.getEngine())) {
			return;
		}
		Device device = EcoreUtil2.getContainerOfType(study, Device.class);
		Optional<Film> film = StudyValidator.linked(study, "film", Film.class);
		if (device == null || film.isEmpty()) {
			return;
		}
		List<Contact> driving = device.getParts().stream().filter(Contact.class::isInstance).map(Contact.class::cast)
				.filter(c -> c.getFilm() == film.get() && StudyValidator.has(c, "polarization")).toList();
		if (driving.size() > 1) {
			needs(study, "the forces of seed 002 eq. (87) are those of one spin-polarised current; film " + film.get().getName()
					+ " has " + driving.size() + " contacts with a 'polarization'");
		}
		for (Contact contact : driving) {
			if (!StudyValidator.has(contact, "current-density")) {
				needs(study, "contact " + contact.getName() + " needs the 'current-density' j whose spin current P j pushes the "
						+ "texture (seed 002 eq. (62))");
			}
		}
		Material material = film.get().getMaterial();
		if (material != null && !material.eIsProxy()) {
			List<Property> p = material.getProperties();
			List<String> given = ELECTRONS.stream().filter(name -> Schemas.find(p, name).isPresent()).toList();
			if (!given.isEmpty() && given.size() < ELECTRONS.size()) {
				needs(study, "material " + material.getName() + " describes its conduction electrons by "
						+ String.join(", ", ELECTRONS) + " together (seed 002 eqs. (77), (94)); it gives only " + String.join(", ", given));
			}
			for (String name : List.of("saturation", "damping")) {
				if (Schemas.find(p, name).isEmpty()) {
					needs(study, "material " + material.getName() + " needs '" + name + "' for the gyrovector 4πsΦ and the "
							+ "friction αsD of seed 002 eq. (89)");
				}
			}
		}
		boolean check = Schemas.find(study.getProperties(), "micromagnetic-check").isPresent();
		List<String> periodic = Schemas.words(film.get().getProperties(), "periodic").orElse(List.of());
		if (check && !(periodic.contains("x") && periodic.contains("y"))) {
			warning("film " + film.get().getName() + " has open edges, which confine the texture: the micromagnetic check "
					+ "compares its motion with the free Thiele velocity of eq. (90); give the film 'periodic x, y' for that",
					study, Literals.STUDY__ENGINE, StudyValidator.ENGINE_NEEDS);
		}
	}

	private void needs(Study study, String message) {
		error(message, study, Literals.STUDY__ENGINE, StudyValidator.ENGINE_NEEDS);
	}
}
