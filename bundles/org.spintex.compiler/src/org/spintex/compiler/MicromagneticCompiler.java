package org.spintex.compiler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.spintex.core.geometry.PlaneShape;
import org.spintex.core.math.Vector3;
import org.spintex.dsl.catalog.FilmCells;
import org.spintex.dsl.catalog.FilmStack;
import org.spintex.dsl.catalog.Outlines;
import org.spintex.dsl.catalog.Schemas;
import org.spintex.dsl.spintex.Contact;
import org.spintex.dsl.catalog.CouplingSides;
import org.spintex.dsl.spintex.Coupling;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Drive;
import org.spintex.dsl.spintex.Environment;
import org.spintex.dsl.spintex.Film;
import org.spintex.dsl.spintex.Grains;
import org.spintex.dsl.spintex.Link;
import org.spintex.dsl.spintex.Material;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.Region;
import org.spintex.dsl.spintex.Study;
import org.spintex.dsl.spintex.Texture;
import org.spintex.input.AnisotropyInput;
import org.spintex.input.AnisotropyKind;
import org.spintex.input.Axis;
import org.spintex.input.ChoiceWord;
import org.spintex.input.CurrentInput;
import org.spintex.input.DmiKind;
import org.spintex.input.FieldDriveInput;
import org.spintex.input.FieldFileFormat;
import org.spintex.input.FieldOutput;
import org.spintex.input.FilmEdge;
import org.spintex.input.FilmLayerInput;
import org.spintex.input.FilmMeshInput;
import org.spintex.input.FilmShape;
import org.spintex.input.GrainProperty;
import org.spintex.input.GrainsInput;
import org.spintex.input.GroundStateSearch;
import org.spintex.input.InitialStateInput;
import org.spintex.input.IntegratorKind;
import org.spintex.input.Precision;
import org.spintex.input.InterlayerCouplingInput;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.MicromagneticInput;
import org.spintex.input.RegionCouplingInput;
import org.spintex.input.RegionInput;
import org.spintex.input.SpiralChirality;
import org.spintex.input.WallArrangement;
import org.spintex.input.WallChirality;
import org.spintex.input.ZhangLiConvention;

/**
 * A micromagnetic study of a validated model → {@link MicromagneticInput} in SI: one film, or the stack of the films
 * it names ({@link FilmStack} places them in one mesh) with the couplings between them. A film's contacts
 * become currents through it (Zhang–Li where they are polarised, spin-orbit where they have a spin
 * Hall angle), flowing away from their edge; field drives and current pulses act from t = 0.
 */
final class MicromagneticCompiler implements StudyKindCompiler {

	@Override
	public MicromagneticInput compile(Device device, Study study) {
		SiProperties settings = new SiProperties(study.getProperties());
		Parts parts = parts(device, study, false);
		double duration = settings.get("duration", 0);
		List<FieldDriveInput> fieldDrives = new ArrayList<>();
		for (Drive drive : device.getParts().stream().filter(Drive.class::isInstance).map(Drive.class::cast).toList()) {
			SiProperties d = new SiProperties(drive.getProperties());
			if (drive.getKind().equals("field")) {
				fieldDrives.add(new FieldDriveInput(d.vector("field").orElseThrow(), d.get("frequency", 0), d.get("starts-at", 0),
						d.get("duration", Double.POSITIVE_INFINITY)));
			}
		}
		// only what the file says is set: every default is the input's (MicromagneticInput.Builder)
		MicromagneticInput.Builder input = MicromagneticInput.builder(device.getName(), study.getName(), parts.mesh(),
				parts.material(), parts.initial()).staticField(parts.environment().vector("field").orElse(Vector3.ZERO))
				.fieldDrives(fieldDrives).films(parts.films()).couplings(parts.couplings()).temperature(parts.environment().get("temperature", 0))
				.seed((long) settings.get("seed", 0)).demag(!settings.word("demag").orElse("on").equals("off"))
				.groundState(groundStateSearch(settings, GroundStateSearch.Method.NONE)).duration(duration);
		settings.word("integrator").map(w -> ChoiceWord.of(IntegratorKind.class, w)).ifPresent(input::integrator);
		settings.find("tolerance").ifPresent(input::tolerance);
		settings.find("time-step").ifPresent(input::timeStep);
		settings.find("output-every").ifPresent(input::outputInterval);
		settings.words("outputs").map(words -> words.stream().map(w -> ChoiceWord.of(FieldOutput.class, w)).toList())
				.ifPresent(input::fieldOutputs);
		settings.word("field-format").map(w -> ChoiceWord.of(FieldFileFormat.class, w)).ifPresent(input::fieldFormat);
		settings.word("precision").map(w -> ChoiceWord.of(Precision.class, w)).ifPresent(input::precision);
		return input.build();
	}

	/**
	 * The micromagnetic stage of another study's texture (seed 002's texture forces): the study's film, texture and
	 * currents in the environment's static field, at zero temperature and without drives, brought to
	 * {@code groundState} and then run for {@code durationSeconds} by rk45.
	 */
	MicromagneticInput textureStage(Device device, Study study, GroundStateSearch groundState, double durationSeconds,
			double tolerance, double outputEverySecond) {
		SiProperties settings = new SiProperties(study.getProperties());
		Parts parts = parts(device, study, false);
		return MicromagneticInput.builder(device.getName(), study.getName(), parts.mesh(), parts.material(), parts.initial())
				.staticField(parts.environment().vector("field").orElse(Vector3.ZERO)).films(parts.films())
				.couplings(parts.couplings())
				.seed((long) settings.get("seed", 0)).demag(!settings.word("demag").orElse("on").equals("off"))
				.groundState(groundState).duration(durationSeconds).integrator(IntegratorKind.RK45).tolerance(tolerance)
				.outputInterval(outputEverySecond).fieldOutputs(List.of()).build();
	}

	/**
	 * The film of a study as one macrospin (seed 003): a single cell of the film's size, with its material, initial
	 * direction, static field and currents, run by rk45 for {@code durationSeconds}.
	 */
	MicromagneticInput macrospinStage(Device device, Study study, double durationSeconds, double tolerance) {
		SiProperties settings = new SiProperties(study.getProperties());
		Parts parts = parts(device, study, true);
		FilmMeshInput film = parts.mesh();
		FilmMeshInput cell = new FilmMeshInput(1, 1, 1, film.nx() * film.cellXMetre(), film.ny() * film.cellYMetre(),
				film.nz() * film.cellZMetre(), FilmShape.BOX, 0, false, false);
		return MicromagneticInput.builder(device.getName(), study.getName(), cell, parts.material(), parts.initial())
				.staticField(parts.environment().vector("field").orElse(Vector3.ZERO)).currents(parts.currents())
				.demag(settings.word("demag").orElse("off").equals("on")).duration(durationSeconds)
				.integrator(IntegratorKind.RK45).tolerance(tolerance).outputInterval(durationSeconds).fieldOutputs(List.of())
				.build();
	}

	/**
	 * The study's {@code ground-state}, {@code torque-tolerance} and {@code max-iterations}, the input's defaults where
	 * the file says nothing.
	 */
	static GroundStateSearch groundStateSearch(SiProperties settings, GroundStateSearch.Method defaultMethod) {
		GroundStateSearch.Method method = settings.word("ground-state").map(GroundStateSearch.Method::of).orElse(defaultMethod);
		return new GroundStateSearch(method, settings.get("torque-tolerance", GroundStateSearch.DEFAULT_TORQUE_TOLERANCE_TESLA),
				(long) settings.get("max-iterations", GroundStateSearch.DEFAULT_MAX_ITERATIONS));
	}

	/**
	 * What every micromagnetic stage of a study is made of: the mesh over its films, the films from the bottom up with
	 * their materials, layers, own initial states and contacts' currents, the couplings between them.
	 */
	private record Parts(FilmMeshInput mesh, List<FilmLayerInput> films, List<InterlayerCouplingInput> couplings,
			InitialStateInput initial, SiProperties environment) {

		/** The bottom film's material (the only film's, for the stages that take one). */
		MagnetMaterialInput material() {
			return films.get(0).material();
		}

		List<CurrentInput> currents() {
			return films.stream().flatMap(f -> f.currents().stream()).toList();
		}
	}

	/** @param oneCell the film as a macrospin, whose single cell has no neighbours to exchange with */
	private static Parts parts(Device device, Study study, boolean oneCell) {
		List<Film> films = Schemas.linkedAll(study, "film", Film.class);
		if (films.isEmpty()) {
			throw new CompileException("study " + study.getName() + " has no film");
		}
		InitialStateInput initial = study.getLinks().stream().filter(l -> l.getRole().equals("initial-state") && l.getFilm() == null)
				.map(Link::getTarget).filter(Texture.class::isInstance).map(Texture.class::cast).findFirst()
				.map(MicromagneticCompiler::initialState).orElse(new InitialStateInput.Uniform(Vector3.UNIT_Z));
		Optional<Environment> environment = device.getParts().stream().filter(Environment.class::isInstance).map(Environment.class::cast).findFirst();
		SiProperties env = new SiProperties(environment.map(Environment::getProperties).orElse(org.eclipse.emf.common.util.ECollections.emptyEList()));
		if (films.size() == 1) {
			Film film = films.get(0);
			FilmMeshInput mesh = mesh(film);
			return new Parts(mesh, List.of(layer(device, study, film, mesh, 0, mesh.nz(), oneCell)), List.of(), initial, env);
		}
		FilmStack stack = FilmStack.of(films).orElseThrow(() -> new CompileException("study " + study.getName()
				+ ": the mesh of a film of the stack cannot be known"));
		if (!stack.problems().isEmpty()) {
			throw new CompileException("study " + study.getName() + ": " + stack.problems().get(0).message());
		}
		FilmMeshInput bottom = mesh(stack.films().get(0).film());
		FilmMeshInput mesh = new FilmMeshInput(bottom.nx(), bottom.ny(), stack.layers(), bottom.cellXMetre(), bottom.cellYMetre(),
				stack.cellZMetre(), bottom.shape(), bottom.innerDiameterMetre(), bottom.periodicX(), bottom.periodicY());
		List<FilmLayerInput> layers = new ArrayList<>();
		for (FilmStack.Placement placement : stack.films()) {
			layers.add(layer(device, study, placement.film(), mesh(placement.film()), placement.firstLayer(), placement.layerCount(),
					oneCell));
		}
		List<InterlayerCouplingInput> couplings = device.getParts().stream().filter(Coupling.class::isInstance)
				.map(Coupling.class::cast).filter(c -> films.contains(c.getFirst()) && films.contains(c.getSecond()))
				.map(MicromagneticCompiler::coupling).toList();
		return new Parts(mesh, layers, couplings, initial, env);
	}

	/** One film of a study: its material, layers, own initial state and the currents of the contacts on it. */
	private static FilmLayerInput layer(Device device, Study study, Film film, FilmMeshInput ownMesh, int firstLayer, int layerCount,
			boolean oneCell) {
		Optional<InitialStateInput> own = study.getLinks().stream()
				.filter(l -> l.getRole().equals("initial-state") && l.getFilm() == film).map(Link::getTarget)
				.filter(Texture.class::isInstance).map(Texture.class::cast).findFirst().map(MicromagneticCompiler::initialState);
		List<CurrentInput> currents = new ArrayList<>();
		for (Contact contact : device.getParts().stream().filter(Contact.class::isInstance).map(Contact.class::cast)
				.filter(c -> c.getFilm() == film).toList()) {
			currents(contact, ownMesh, device).ifPresent(currents::add);
		}
		List<RegionInput> regions = device.getParts().stream().filter(Region.class::isInstance).map(Region.class::cast)
				.filter(r -> r.getFilm() == film).map(r -> region(r, film, oneCell)).toList();
		Optional<GrainsInput> grains = device.getParts().stream().filter(Grains.class::isInstance).map(Grains.class::cast)
				.filter(g -> g.getFilm() == film).findFirst().map(MicromagneticCompiler::grains);
		List<RegionCouplingInput> regionCouplings = device.getParts().stream().filter(Coupling.class::isInstance)
				.map(Coupling.class::cast).filter(CouplingSides::ofRegions)
				.filter(c -> CouplingSides.filmOf(c.getFirst()) == film)
				.map(c -> new RegionCouplingInput(CouplingSides.name(c.getFirst()), CouplingSides.name(c.getSecond()),
						new SiProperties(c.getProperties()).require("exchange-scale")))
				.toList();
		return new FilmLayerInput(film.getName(), material(film.getMaterial(), oneCell), firstLayer, layerCount, own, currents,
				regions, grains, regionCouplings);
	}

	/**
	 * A region: its outline, and its material — the film's, overridden by the properties of the material it names, in
	 * turn overridden by its own — or none when it is empty.
	 */
	private static RegionInput region(Region region, Film film, boolean oneCell) {
		PlaneShape outline = Outlines.read(region.getOutline()).shape().orElseThrow(() -> new CompileException("region "
				+ region.getName() + ": its outline does not describe a shape (check reports why)"));
		double scale = new SiProperties(region.getProperties()).get("exchange-scale", 1);
		if (region.isEmpty()) {
			return new RegionInput(region.getName(), outline, Optional.empty(), scale);
		}
		List<Property> overrides = new ArrayList<>(region.getProperties());
		if (region.getMaterial() != null) {
			region.getMaterial().getProperties().stream().filter(p -> overrides.stream().noneMatch(o -> o.getName().equals(p.getName())
					&& java.util.Objects.equals(o.getQualifier(), p.getQualifier()))).forEach(overrides::add);
		}
		return new RegionInput(region.getName(), outline, Optional.of(Materials.of(film.getMaterial().getProperties(), overrides,
				oneCell)), scale);
	}

	private static GrainsInput grains(Grains grains) {
		SiProperties g = new SiProperties(grains.getProperties());
		List<GrainsInput.Spread> spreads = new ArrayList<>();
		for (GrainProperty property : GrainProperty.values()) {
			g.find(property.word() + "-spread").ifPresent(s -> spreads.add(new GrainsInput.Spread(property, s)));
		}
		return new GrainsInput(g.require("size"), (long) g.get("seed", 0), spreads, g.get("exchange-scale", 1));
	}

	private static InterlayerCouplingInput coupling(Coupling coupling) {
		SiProperties c = new SiProperties(coupling.getProperties());
		return new InterlayerCouplingInput(coupling.getName(), CouplingSides.name(coupling.getFirst()),
				CouplingSides.name(coupling.getSecond()),
				c.get("bilinear", 0), c.get("biquadratic", 0));
	}

	/** The film's mesh: its cells as {@link FilmCells} reads them (the validator's reading too), its outline and axes. */
	private static FilmMeshInput mesh(Film film) {
		SiProperties f = new SiProperties(film.getProperties());
		f.vector("mesh").ifPresent(counts -> {
			count(counts.x(), "x");
			count(counts.y(), "y");
			count(counts.z(), "z");
		});
		FilmCells cells = FilmCells.of(film.getProperties()).orElseThrow(() -> new CompileException("film " + film.getName()
				+ ": its sizes and mesh are incomplete (spintex check says what is missing)"));
		String shape = f.word("shape").orElse("box");
		List<String> periodic = f.words("periodic").orElse(List.of());
		double inner = shape.equals("loop") ? 2 * f.require("inner-radius") : 0;
		return new FilmMeshInput(cells.nx(), cells.ny(), cells.nz(), cells.cellXMetre(), cells.cellYMetre(), cells.cellZMetre(),
				ChoiceWord.of(FilmShape.class, shape), inner, periodic.contains("x"), periodic.contains("y"));
	}

	private static int count(double value, String axis) {
		if (value < 1 || value != Math.rint(value)) {
			throw new CompileException("mesh: the number of cells along " + axis + " must be a whole number ≥ 1, got " + value);
		}
		return (int) value;
	}

	/** @param oneCell exchange does not enter a macrospin (seed 003 eq. (2.1)): a material without it is fine there */
	private static MagnetMaterialInput material(Material material, boolean oneCell) {
		return Materials.of(material.getProperties(), List.of(), oneCell);
	}

	/**
	 * A contact drives a current across the film, away from its edge: J from current-density, or the
	 * current over the edge's cross-section. With {@code flow interface} the current runs in the metal
	 * along the edge instead and acts on the interface cells (seed 000 eqs. (4), (10)).
	 */
	private static Optional<CurrentInput> currents(Contact contact, FilmMeshInput mesh, Device device) {
		SiProperties c = new SiProperties(contact.getProperties());
		double polarization = c.get("polarization", 0);
		double spinHall = c.get("spin-hall-angle", 0);
		if (polarization == 0 && spinHall == 0) {
			return Optional.empty();
		}
		boolean alongEdge = c.word("flow").orElse("across").equals("interface");
		boolean westOrEast = contact.getEdge().equals("west") || contact.getEdge().equals("east");
		Vector3 direction = alongEdge ? (westOrEast ? Vector3.UNIT_Y : Vector3.UNIT_X) : switch (contact.getEdge()) {
		case "west" -> Vector3.UNIT_X;
		case "east" -> Vector3.UNIT_X.times(-1);
		case "south" -> Vector3.UNIT_Y;
		default -> Vector3.UNIT_Y.times(-1);
		};
		double edge = westOrEast ? mesh.sizeYMetre() : mesh.sizeXMetre();
		Drive pulse = device.getParts().stream().filter(Drive.class::isInstance).map(Drive.class::cast)
				.filter(d -> d.getKind().equals("pulse") && d.getTarget() == contact).findFirst().orElse(null);
		double j = Double.NaN;
		double start = 0, length = Double.POSITIVE_INFINITY;
		if (pulse != null) {
			SiProperties p = new SiProperties(pulse.getProperties());
			j = p.require("current-density");
			start = p.get("starts-at", 0);
			length = p.require("duration");
		}
		if (alongEdge) {
			// seed 000: I_L = d J_L; the interface column of cells (width Δ normal to the edge) carries J_L / Δ
			double normalCell = westOrEast ? mesh.cellXMetre() : mesh.cellYMetre();
			double lineDensity = c.find("current").orElseThrow(() -> new CompileException(
					"contact " + contact.getName() + ": flow interface needs the contact's 'current' I (seed 000 eq. (9): I_L = d J_L)"))
					/ mesh.thicknessMetre();
			// eq. (4)'s interface torque (ħ/2e)P(J_L·∇)n carries no 1/(1 + β²): the plain (ubermag) drift velocity
			return Optional.of(new CurrentInput(contact.getName(), direction.times(lineDensity / normalCell), polarization,
					c.get("beta", 0), ZhangLiConvention.UBERMAG, 0, 0, start, length, ChoiceWord.of(FilmEdge.class, contact.getEdge()),
					true));
		}
		if (pulse == null) {
			j = c.find("current-density").orElseGet(() -> c.get("current", 0) / (edge * mesh.thicknessMetre()));
		}
		return Optional.of(new CurrentInput(contact.getName(), direction.times(j), polarization, c.get("beta", 0),
				c.word("zhang-li").map(w -> ChoiceWord.of(ZhangLiConvention.class, w)).orElse(CurrentInput.DEFAULT_ZHANG_LI), spinHall,
				c.get("field-like", 0), start, length, ChoiceWord.of(FilmEdge.class, contact.getEdge()), false));
	}

	/** The texture as the file describes it; what it leaves open the engine decides (InitialStateInput). */
	private static InitialStateInput initialState(Texture texture) {
		SiProperties t = new SiProperties(texture.getProperties());
		Optional<Vector3> centre = t.vector("center");
		return switch (texture.getKind()) {
		case "uniform" -> new InitialStateInput.Uniform(t.vector("direction").orElseThrow());
		case "skyrmion" -> {
			int core = t.word("core").orElse("down").equals("up") ? 1 : -1;
			// by default a skyrmion (vorticity +1), whose charge in our sign is the core's polarity
			yield new InitialStateInput.Skyrmion(centre, t.optional("radius"), core, (int) t.get("charge", core),
					t.word("chirality").map(w -> ChoiceWord.of(WallChirality.class, w)));
		}
		case "vortex" -> new InitialStateInput.Vortex(centre, t.optional("radius"), (int) t.get("circulation", 1),
				(int) t.get("polarity", 1));
		case "domain-wall" -> new InitialStateInput.DomainWall(t.optional("center"), t.optional("width"),
				t.word("arrangement").map(w -> ChoiceWord.of(WallArrangement.class, w))
						.orElse(InitialStateInput.DomainWall.DEFAULT_ARRANGEMENT),
				t.word("chirality").map(w -> ChoiceWord.of(WallChirality.class, w)).orElse(InitialStateInput.DomainWall.DEFAULT_CHIRALITY));
		case "spiral" -> new InitialStateInput.Spiral(t.optional("period"), t.optional("windings"),
				t.word("axis").map(w -> ChoiceWord.of(Axis.class, w)).orElse(InitialStateInput.Spiral.DEFAULT_AXIS),
				t.word("chirality").map(w -> ChoiceWord.of(SpiralChirality.class, w))
						.orElse(InitialStateInput.Spiral.DEFAULT_CHIRALITY));
		case "random" -> new InitialStateInput.RandomDirections((long) t.require("seed"));
		case "from-file" -> fromFile(texture);
		default -> throw new CompileException("texture " + texture.getName() + ": a " + texture.getKind() + " cannot start a micromagnetic study");
		};
	}

	/** The OVF file relative to the device file, with the SHA-256 of its bytes in the input (and so in its hash). */
	private static InitialStateInput fromFile(Texture texture) {
		String written = org.spintex.dsl.catalog.Schemas.find(texture.getProperties(), "file")
				.map(p -> ((org.spintex.dsl.spintex.Text) p.getValue()).getText()).orElseThrow();
		Path base = Path.of(texture.eResource().getURI().toFileString()).toAbsolutePath().getParent();
		Path file = base.resolve(written).normalize();
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
			return new InitialStateInput.FromFile(file.toString(), HexFormat.of().formatHex(digest));
		} catch (java.io.IOException e) {
			throw new CompileException("texture " + texture.getName() + ": cannot read " + file + " (" + e.getMessage() + ")");
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}

	private static <T extends EObject> Optional<T> linked(Study study, String role, Class<T> type) {
		return study.getLinks().stream().filter(l -> l.getRole().equals(role)).map(Link::getTarget)
				.filter(type::isInstance).map(type::cast).findFirst();
	}
}
