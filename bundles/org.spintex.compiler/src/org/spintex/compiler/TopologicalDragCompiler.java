package org.spintex.compiler;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.spintex.dsl.catalog.PropertyCatalog;
import org.spintex.dsl.spintex.Contact;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Environment;
import org.spintex.dsl.spintex.Film;
import org.spintex.dsl.spintex.Link;
import org.spintex.dsl.spintex.Material;
import org.spintex.dsl.spintex.Study;
import org.spintex.dsl.spintex.Texture;
import org.spintex.dsl.spintex.Words;
import org.spintex.input.DragContactInput;
import org.spintex.input.FilmSizeInput;
import org.spintex.input.TopologicalDragInput;

/** A topological-drag study of a validated model → {@link TopologicalDragInput} in SI units. */
final class TopologicalDragCompiler implements StudyKindCompiler {

	private static final int DEFAULT_CELLS = 200;
	private static final int DEFAULT_SNAPSHOTS = 5;
	private static final double DEFAULT_TOLERANCE = 1e-3;

	@Override
	public TopologicalDragInput compile(Device device, Study study) {
		Texture carriers = linked(study, "carriers", Texture.class);
		Contact injector = linked(study, "injector", Contact.class);
		Contact detector = linked(study, "detector", Contact.class);
		Film film = injector.getFilm();
		SiProperties settings = new SiProperties(study.getProperties());
		List<String> outputs = study.getProperties().stream().filter(p -> p.getName().equals("outputs"))
				.map(p -> (List<String>) List.copyOf(((Words) p.getValue()).getWords())).findFirst().orElse(PropertyCatalog.DRAG_OUTPUTS);
		return new TopologicalDragInput(device.getName(), study.getName(),
				Materials.of(film.getMaterial().getProperties(), List.of(), false), size(film),
				contact(injector, film), contact(detector, film), temperature(device), seed000Charge(carriers, settings),
				settings.optional("equilibrium-density"), settings.optional("duration"), settings.optional("time-step"),
				settings.get("tolerance", DEFAULT_TOLERANCE),
				(int) settings.get("cells", DEFAULT_CELLS), (int) settings.get("snapshots", DEFAULT_SNAPSHOTS),
				(int) settings.get("particles", 0), (long) settings.get("seed", 0), outputs);
	}

	private static FilmSizeInput size(Film film) {
		SiProperties size = new SiProperties(film.getProperties());
		return new FilmSizeInput(size.require("thickness"), size.require("length"), size.require("width"));
	}

	/** R of eq. (38): given, or that of a wire of conductivity σ and cross-section A along the edge, Ly/(σA). */
	private static DragContactInput contact(Contact contact, Film film) {
		SiProperties c = new SiProperties(contact.getProperties());
		double width = new SiProperties(film.getProperties()).require("width");
		OptionalDouble resistance = c.find("resistance").or(() -> c.find("conductivity").isPresent()
				&& c.find("cross-section").isPresent()
						? Optional.of(width / (c.require("conductivity") * c.require("cross-section")))
						: Optional.empty()).map(OptionalDouble::of).orElse(OptionalDouble.empty());
		return new DragContactInput(contact.getName(), c.get("current", 0), c.require("polarization"),
				c.require("annihilation-velocity"), resistance);
	}

	private static double temperature(Device device) {
		return device.getParts().stream().filter(Environment.class::isInstance)
				.map(e -> new SiProperties(((Environment) e).getProperties()).require("temperature")).findFirst()
				.orElseThrow(() -> new CompileException("the device has no environment temperature"));
	}

	/**
	 * Q in seed 000's convention. Written charges follow the study's charge-sign (mumax by default:
	 * a core-down skyrmion has Q = −1, which seed 000 calls +1); without one the core decides.
	 */
	private static int seed000Charge(Texture carriers, SiProperties settings) {
		SiProperties texture = new SiProperties(carriers.getProperties());
		boolean coreUp = texture.word("core").map("up"::equals).orElse(false);
		double written = texture.get("charge", coreUp ? 1 : -1);
		boolean mumax = settings.word("charge-sign").orElse("mumax").equals("mumax");
		return (int) (mumax ? -written : written);
	}

	private static <T> T linked(Study study, String role, Class<T> type) {
		return study.getLinks().stream().filter(l -> l.getRole().equals(role)).map(Link::getTarget)
				.filter(type::isInstance).map(type::cast).findFirst()
				.orElseThrow(() -> new CompileException("study " + study.getName() + " has no " + role));
	}
}
