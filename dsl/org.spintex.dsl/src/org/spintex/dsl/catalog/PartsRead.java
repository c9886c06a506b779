package org.spintex.dsl.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.spintex.dsl.spintex.Contact;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Drive;
import org.spintex.dsl.spintex.Film;
import org.spintex.dsl.spintex.Gate;
import org.spintex.dsl.spintex.Part;
import org.spintex.dsl.spintex.Potential;
import org.spintex.dsl.spintex.Reservoir;
import org.spintex.dsl.spintex.Study;
import org.spintex.dsl.spintex.Wire;

/**
 * The parts of its device a built-in study kind reads besides those it links, as its compiler reads them: the
 * contacts on its film (and the pulses that drive them), field drives, potentials and gates on its film, the
 * reservoirs of its wire and the texture of the wire's moments. {@code UnusedPartsTest} proves the rest idle:
 * deleting a part no study reads leaves every compiled input's hash as it was. The place to update when a
 * built-in compiler reads more; a study kind from another bundle says it itself ({@link StudyKind#partsRead}).
 */
final class PartsRead {

	private PartsRead() {
	}

	/** What a study of the built-in kind {@code engine} reads besides its links; empty for another kind. */
	static Set<Part> builtIn(String engine, Study study, Device device) {
		Set<Part> used = new LinkedHashSet<>();
		Film film = Schemas.linked(study, "film", Film.class).orElse(null);
		switch (engine) {
		case "micromagnetic" -> {
			List<Film> films = Schemas.linkedAll(study, "film", Film.class);
			films.forEach(f -> contactsAndPulses(device, f, used));
			device.getParts().stream().filter(Drive.class::isInstance).map(Drive.class::cast)
					.filter(d -> "field".equals(d.getKind())).forEach(used::add);
			// the regions and grains of its films
			device.getParts().stream().filter(org.spintex.dsl.spintex.Region.class::isInstance)
					.map(org.spintex.dsl.spintex.Region.class::cast).filter(r -> films.contains(r.getFilm())).forEach(used::add);
			device.getParts().stream().filter(org.spintex.dsl.spintex.Grains.class::isInstance)
					.map(org.spintex.dsl.spintex.Grains.class::cast).filter(g -> films.contains(g.getFilm())).forEach(used::add);
			// the couplings between two films of the stack, or between regions of one of its films
			device.getParts().stream().filter(org.spintex.dsl.spintex.Coupling.class::isInstance)
					.map(org.spintex.dsl.spintex.Coupling.class::cast)
					.filter(c -> films.contains(CouplingSides.filmOf(c.getFirst()))
							&& films.contains(CouplingSides.filmOf(c.getSecond())))
					.forEach(used::add);
		}
		case "macrospin" -> contactsAndPulses(device, film, used);
		case "texture-forces" -> {
			contactsAndPulses(device, film, used);
			device.getParts().stream().filter(Potential.class::isInstance).map(Potential.class::cast)
					.filter(p -> film != null && p.getFilm() == film).forEach(used::add);
		}
		case "topological-drag" -> Schemas.linked(study, "injector", Contact.class).map(Contact::getFilm)
				.ifPresent(used::add);
		case "winding-battery" -> {
			device.getParts().stream().filter(Gate.class::isInstance).map(Gate.class::cast)
					.filter(g -> film != null && g.getFilm() == film).forEach(used::add);
			device.getParts().stream().filter(Contact.class::isInstance).map(Contact.class::cast)
					.filter(c -> film != null && c.getFilm() == film).forEach(used::add);
		}
		case "geometric-torque" -> {
			device.getParts().stream().filter(Drive.class::isInstance).map(Drive.class::cast)
					.filter(d -> "precession".equals(d.getKind())).findFirst().ifPresent(used::add);
			Schemas.linked(study, "wire", Wire.class).ifPresent(wire -> {
				if (wire.getMoments() != null) {
					used.add(wire.getMoments());
				}
				device.getParts().stream().filter(Reservoir.class::isInstance).map(Reservoir.class::cast)
						.filter(r -> r.getWire() == wire).forEach(used::add);
			});
		}
		default -> {
			// not a built-in kind
		}
		}
		return used;
	}

	/** The contacts on the film (their currents act on it) and the pulses that drive those contacts. */
	private static void contactsAndPulses(Device device, Film film, Set<Part> used) {
		if (film == null) {
			return;
		}
		device.getParts().stream().filter(Contact.class::isInstance).map(Contact.class::cast).filter(c -> c.getFilm() == film)
				.forEach(contact -> {
					used.add(contact);
					device.getParts().stream().filter(Drive.class::isInstance).map(Drive.class::cast)
							.filter(d -> "pulse".equals(d.getKind()) && d.getTarget() == contact).forEach(used::add);
				});
	}
}
