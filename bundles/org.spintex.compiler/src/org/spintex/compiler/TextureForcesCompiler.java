package org.spintex.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.spintex.core.math.Vector3;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Environment;
import org.spintex.dsl.spintex.Film;
import org.spintex.dsl.spintex.Link;
import org.spintex.dsl.spintex.Potential;
import org.spintex.dsl.spintex.Study;
import org.spintex.input.CollectivePotentialInput;
import org.spintex.input.ElectronGasInput;
import org.spintex.input.FilmMeshInput;
import org.spintex.input.GroundStateSearch;
import org.spintex.input.MicromagneticInput;
import org.spintex.input.TextureForcesInput;

/**
 * A texture-forces study of a validated model → {@link TextureForcesInput} in SI (seed 002). The texture stage is
 * the micromagnetic input of the same film, texture and contacts — at zero temperature (the environment's
 * temperature acts on the Thiele path), found by {@code ground-state} (default minimize), and run for the
 * micromagnetic check's time; the film's potentials act on the texture's centre.
 */
final class TextureForcesCompiler implements StudyKindCompiler {

	private static final double DEFAULT_CHECK_TOLERANCE = 1e-6;
	private static final int DEFAULT_ROWS = 200;
	private static final int CHECK_SAMPLES = 40;

	@Override
	public TextureForcesInput compile(Device device, Study study) {
		SiProperties settings = new SiProperties(study.getProperties());
		double check = settings.get("micromagnetic-check", 0);
		MicromagneticInput texture = new MicromagneticCompiler().textureStage(device, study,
				MicromagneticCompiler.groundStateSearch(settings, GroundStateSearch.Method.MINIMIZE), check, settings.get("tolerance", DEFAULT_CHECK_TOLERANCE),
				check > 0 ? check / CHECK_SAMPLES : 0);
		Optional<Environment> environment = device.getParts().stream().filter(Environment.class::isInstance)
				.map(Environment.class::cast).findFirst();
		double temperature = environment.map(e -> new SiProperties(e.getProperties()).get("temperature", 0)).orElse(0.0);
		Film film = study.getLinks().stream().filter(l -> l.getRole().equals("film")).map(Link::getTarget)
				.filter(Film.class::isInstance).map(Film.class::cast).findFirst()
				.orElseThrow(() -> new CompileException("study " + study.getName() + " has no film"));
		double duration = settings.get("duration", 0);
		return new TextureForcesInput(device.getName(), study.getName(), texture, electrons(film), potentials(device, film,
				texture.film()), temperature, texture.seed(), duration, settings.optional("time-step"),
				settings.get("output-every", duration / DEFAULT_ROWS), check, settings.optional("edge-margin"));
	}

	/** The conduction electrons of seed 002 when the material describes them (the validator asks for all or none). */
	private static Optional<ElectronGasInput> electrons(Film film) {
		SiProperties m = new SiProperties(film.getMaterial().getProperties());
		if (m.find("fermi-wavevector").isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new ElectronGasInput(m.require("fermi-wavevector"), m.require("spin-splitting"), m.require("resistivity")));
	}

	private static List<CollectivePotentialInput> potentials(Device device, Film film, FilmMeshInput mesh) {
		double sizeX = mesh.nx() * mesh.cellXMetre(), sizeY = mesh.ny() * mesh.cellYMetre();
		Vector3 middle = new Vector3(sizeX / 2, sizeY / 2, 0);
		List<CollectivePotentialInput> potentials = new ArrayList<>();
		for (Potential potential : device.getParts().stream().filter(Potential.class::isInstance).map(Potential.class::cast)
				.filter(p -> p.getFilm() == film).toList()) {
			SiProperties p = new SiProperties(potential.getProperties());
			Vector3 centre = p.vector("center").orElse(middle);
			potentials.add(switch (potential.getKind()) {
			case "harmonic-well" -> new CollectivePotentialInput.HarmonicWell(potential.getName(), centre.x(), centre.y(),
					p.require("stiffness"));
			case "pinning-site" -> new CollectivePotentialInput.PinningSite(potential.getName(), centre.x(), centre.y(),
					p.require("depth"), p.require("radius"));
			case "track-edges" -> {
				double width = p.get("width", sizeY);
				yield new CollectivePotentialInput.TrackEdges(potential.getName(), centre.y() - width / 2, centre.y() + width / 2,
						p.require("barrier"), p.require("decay-length"));
			}
			default -> throw new CompileException("potential " + potential.getName() + ": unknown kind '" + potential.getKind() + "'");
			});
		}
		return potentials;
	}
}
