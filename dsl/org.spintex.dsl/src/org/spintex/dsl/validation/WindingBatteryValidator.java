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
import org.spintex.dsl.spintex.Gate;
import org.spintex.dsl.spintex.Material;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.Quantity;
import org.spintex.dsl.spintex.SpintexPackage.Literals;
import org.spintex.dsl.spintex.Study;
import org.spintex.dsl.units.SiValues;

/**
 * Seed 001's battery needs an easy-plane wire along x, a spin Hall contact with its circuit on each end, a current
 * to charge it and a load to discharge into; its gates switch only what the spin hydrodynamics knows.
 */
public class WindingBatteryValidator extends AbstractDeclarativeValidator {

	/** What a battery's gate may switch: the constants of eq. (3) and the damping. */
	static final List<String> GATE_SWITCHES = List.of("exchange", "anisotropy", "damping", "susceptibility", "spin-density");

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into SpintexValidator
	}

	@Check
	public void checkWindingBattery(Study study) {
		if (!"winding-battery".equals(study.getEngine())) {
			return;
		}
		Device device = EcoreUtil2.getContainerOfType(study, Device.class);
		Optional<Film> film = StudyValidator.linked(study, "film", Film.class);
		if (device == null || film.isEmpty()) {
			return;
		}
		String shape = Schemas.word(film.get().getProperties(), "shape").orElse("box");
		if (!List.of("wire", "box").contains(shape)) {
			needs(study, "a winding battery is a wire along x: give film " + film.get().getName() + " shape wire "
					+ "(periodic x closes it into the loop of seed 001 Fig. 1), not " + shape);
		}
		var cells = org.spintex.dsl.catalog.FilmCells.alongX(film.get().getProperties());
		if (cells.isPresent() && cells.getAsInt() < 2) {
			needs(study, "film " + film.get().getName() + ": a winding battery needs at least 2 cells along x, got "
					+ cells.getAsInt() + " (its length over its cell size, rounded)");
		}
		Material material = film.get().getMaterial();
		if (material != null && !material.eIsProxy()) {
			checkEasyPlaneMagnet(study, material);
		}
		double charge = time(study, "charge-time"), store = time(study, "store-time"), discharge = time(study, "discharge-time");
		if (charge + store + discharge <= 0) {
			needs(study, "a battery cycle needs a 'charge-time', 'store-time' or 'discharge-time' > 0");
		}
		if (discharge > 0 && Schemas.find(study.getProperties(), "load-resistance").isEmpty()) {
			needs(study, "discharging drives a load: give 'load-resistance', e.g. load-resistance Rload = 10 Ohm");
		}
		for (String edge : List.of("west", "east")) {
			List<Contact> contacts = device.getParts().stream().filter(Contact.class::isInstance).map(Contact.class::cast)
					.filter(c -> c.getFilm() == film.get() && edge.equals(c.getEdge())).toList();
			if (contacts.size() != 1) {
				needs(study, "a winding battery has one spin Hall contact on each end of its wire; film " + film.get().getName()
						+ " has " + contacts.size() + " on its " + edge + " edge (seed 001 eq. (6))");
				continue;
			}
			Contact contact = contacts.get(0);
			for (String name : List.of("spin-hall-angle", "area", "cross-section", "resistance")) {
				if (!StudyValidator.has(contact, name)) {
					needs(study, "contact " + contact.getName() + " needs '" + name + "' for the spin Hall torque ϑI and the "
							+ "circuit (seed 001 eqs. (6), (9))");
				}
			}
			if (edge.equals("west") && charge > 0 && !StudyValidator.has(contact, "current")) {
				needs(study, "charging needs the current I through the contacts: give the west contact " + contact.getName()
						+ " a 'current'");
			}
			if (edge.equals("east") && StudyValidator.has(contact, "current")) {
				needs(study, "the contacts of a battery are in series and carry the west contact's current; remove the "
						+ "'current' of the east contact " + contact.getName());
			}
		}
		device.getParts().stream().filter(Gate.class::isInstance).map(Gate.class::cast).filter(g -> g.getFilm() == film.get())
				.flatMap(g -> g.getOverrides().stream()).filter(p -> p.getName() != null && !GATE_SWITCHES.contains(p.getName()))
				.forEach(p -> error("a winding battery's gate switches " + String.join(", ", GATE_SWITCHES) + ", not '"
						+ p.getName() + "'", p, Literals.PROPERTY__NAME, StudyValidator.ENGINE_NEEDS));
	}

	private void checkEasyPlaneMagnet(Study study, Material material) {
		List<Property> p = material.getProperties();
		for (String name : List.of("exchange", "damping")) {
			if (Schemas.find(p, name).isEmpty()) {
				needs(study, "material " + material.getName() + " needs '" + name + "' (seed 001 eqs. (1)–(3))");
			}
		}
		boolean easyPlane = p.stream().anyMatch(x -> x.getName().equals("anisotropy") && "easy-plane".equals(x.getQualifier())
				&& x.getValue() instanceof Quantity q && SiValues.of(q) > 0);
		if (!easyPlane) {
			needs(study, "material " + material.getName() + " needs 'anisotropy easy-plane K' > 0: the easy plane holds the "
					+ "winding up to √(K/A) and, without a 'susceptibility', gives χ = s²/2K (seed 001)");
		}
		if (Schemas.find(p, "saturation").isEmpty() && Schemas.find(p, "spin-density").isEmpty()) {
			needs(study, "material " + material.getName() + " needs 'saturation' or 'spin-density' for s, which sets the "
					+ "damping αs (seed 001 eq. (1))");
		}
	}

	private static double time(Study study, String name) {
		return Schemas.find(study.getProperties(), name).filter(p -> p.getValue() instanceof Quantity)
				.map(p -> SiValues.of((Quantity) p.getValue())).orElse(0.0);
	}

	private void needs(Study study, String message) {
		error(message, study, Literals.STUDY__ENGINE, StudyValidator.ENGINE_NEEDS);
	}
}
