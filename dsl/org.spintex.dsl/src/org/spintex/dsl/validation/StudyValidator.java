package org.spintex.dsl.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.spintex.dsl.catalog.ElementSchema;
import org.spintex.dsl.catalog.LinkSpec;
import org.spintex.dsl.catalog.PropertySpec;
import org.spintex.dsl.catalog.Schemas;
import org.spintex.dsl.catalog.ValueShape;
import org.spintex.dsl.spintex.Contact;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Drive;
import org.spintex.dsl.spintex.Environment;
import org.spintex.dsl.spintex.Film;
import org.spintex.dsl.spintex.Link;
import org.spintex.dsl.spintex.Material;
import org.spintex.dsl.spintex.Property;
import org.spintex.dsl.spintex.Quantity;
import org.spintex.dsl.spintex.Reservoir;
import org.spintex.dsl.spintex.SpintexPackage.Literals;
import org.spintex.dsl.spintex.Study;
import org.spintex.dsl.spintex.Sweep;
import org.spintex.dsl.spintex.SweepRange;
import org.spintex.dsl.spintex.Texture;
import org.spintex.dsl.spintex.Wire;
import org.spintex.dsl.units.SiValues;

/**
 * A study names the parts its engine needs (links), those parts carry what the engine reads, and
 * its sweeps point at sweepable properties.
 */
public class StudyValidator extends AbstractDeclarativeValidator {

	public static final String UNKNOWN_ROLE = "unknownRole";
	public static final String WRONG_LINK_TARGET = "wrongLinkTarget";
	public static final String MISSING_LINK = "missingLink";
	public static final String DUPLICATE_LINK = "duplicateLink";
	public static final String ENGINE_NEEDS = "engineNeeds";
	public static final String BAD_SWEEP = "badSweep";

	private static final Map<String, Class<? extends EObject>> TARGET_TYPES = Map.of("texture", Texture.class,
			"contact", Contact.class, "film", Film.class, "wire", Wire.class);

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into SpintexValidator
	}

	/** Each link's role exists for the engine, names a part of the right kind, once; none is missing. */
	@Check
	public void checkLinks(Study study) {
		Optional<ElementSchema> schema = Schemas.of(study);
		if (schema.isEmpty()) {
			return;
		}
		Set<String> seen = new HashSet<>();
		for (Link link : study.getLinks()) {
			Optional<LinkSpec> spec = schema.get().link(link.getRole());
			if (spec.isEmpty()) {
				error(schema.get().title() + " has no role '" + link.getRole() + "'; its roles are "
						+ String.join(", ", schema.get().links().stream().map(LinkSpec::role).toList()), link,
						Literals.LINK__ROLE, UNKNOWN_ROLE);
				continue;
			}
			// a repeatable role (the films of a stack, an initial state per film) once per target and film
			String key = !spec.get().repeatable() ? link.getRole()
					: link.getRole() + (link.getRole().equals("film") ? " " + SpintexValidator.asWritten(link)
							: link.getFilm() == null ? "" : " in " + (link.getFilm().eIsProxy() ? "?" : link.getFilm().getName()));
			if (!seen.add(key)) {
				error((spec.get().repeatable() && link.getFilm() != null ? key : link.getRole()) + " is named twice", link,
						Literals.LINK__ROLE, DUPLICATE_LINK);
			}
			seen.add(link.getRole());
			EObject target = link.getTarget();
			if (target != null && !target.eIsProxy() && !TARGET_TYPES.get(spec.get().target()).isInstance(target)) {
				error(link.getRole() + " must name a " + spec.get().target() + ", but "
						+ SpintexValidator.asWritten(link).split("\\s+", 2)[1] + " is a "
						+ target.eClass().getName().toLowerCase(), link, Literals.LINK__TARGET, WRONG_LINK_TARGET);
			}
		}
		for (LinkSpec needed : schema.get().links()) {
			if (needed.required() && !seen.contains(needed.role())) {
				error(schema.get().title() + " needs '" + needed.role() + " <" + needed.target() + ">': "
						+ needed.meaning(), study, Literals.STUDY__NAME, MISSING_LINK);
			}
		}
	}

	/** The LLG engine needs a magnetic material, a fixed step for fixed-step integrators, and heun when warm. */
	@Check
	public void checkMicromagnetic(Study study) {
		if (!"micromagnetic".equals(study.getEngine())) {
			return;
		}
		Schemas.linkedAll(study, "film", Film.class).stream().map(Film::getMaterial).filter(m -> m != null && !m.eIsProxy())
				.distinct().forEach(material -> {
					for (String name : List.of("exchange", "saturation", "damping")) {
						if (Schemas.find(material.getProperties(), name).isEmpty()) {
							needs(study, "material " + material.getName() + " needs '" + name + "' for the LLG equation");
						}
					}
				});
		String integrator = Schemas.word(study.getProperties(), "integrator").orElse("rk45");
		if (!integrator.equals("rk45") && Schemas.find(study.getProperties(), "time-step").isEmpty()) {
			needs(study, integrator + " integrates with a fixed step: give 'time-step', e.g. time-step 50 fs");
		}
		Device device = EcoreUtil2.getContainerOfType(study, Device.class);
		boolean warm = device != null && device.getParts().stream().filter(Environment.class::isInstance)
				.flatMap(e -> ((Environment) e).getProperties().stream())
				.anyMatch(p -> p.getName().equals("temperature") && p.getValue() instanceof Quantity q && SiValues.of(q) > 0);
		if (warm && !integrator.equals("heun")) {
			needs(study, "a temperature above 0 K adds Brown's thermal field, which needs 'integrator heun' and a 'time-step'");
		}
		List<Film> films = Schemas.linkedAll(study, "film", Film.class);
		if (device != null && !films.isEmpty()) {
			device.getParts().stream().filter(Contact.class::isInstance).map(Contact.class::cast)
					.filter(c -> films.contains(c.getFilm()))
					.filter(c -> Schemas.word(c.getProperties(), "flow").orElse("across").equals("interface") && !has(c, "current"))
					.forEach(c -> needs(study, "contact " + c.getName()
							+ " has flow interface: give its 'current' I, which flows along the edge (seed 000 eq. (9): I_L = d J_L)"));
		}
		linked(study, "initial-state", Texture.class).filter(t -> "domain-wall".equals(t.getKind())
				&& Schemas.find(t.getProperties(), "center-site").isPresent())
				.ifPresent(t -> needs(study, "texture " + t.getName() + " is placed in wire sites (center-site); a film needs 'center'"));
	}

	/** The textures a wire can take its moments from: they are sampled on its sites. */
	private static final List<String> WIRE_TEXTURES = List.of("uniform", "domain-wall", "spiral", "random");

	/**
	 * Seed 004's model needs a wire with a reservoir at each end, a precession drive, and a texture the sites
	 * can sample.
	 */
	@Check
	public void checkGeometricTorque(Study study) {
		if (!"geometric-torque".equals(study.getEngine())) {
			return;
		}
		Device device = EcoreUtil2.getContainerOfType(study, Device.class);
		Optional<Wire> wire = linked(study, "wire", Wire.class);
		if (device == null || wire.isEmpty()) {
			return;
		}
		for (String end : List.of("start", "end")) {
			long count = device.getParts().stream().filter(Reservoir.class::isInstance).map(Reservoir.class::cast)
					.filter(r -> r.getWire() == wire.get() && end.equals(r.getEnd())).count();
			if (count != 1) {
				needs(study, "wire " + wire.get().getName() + " needs one reservoir at its " + end + ", e.g. reservoir "
						+ end + "Lead attached to " + wire.get().getName() + "." + end
						+ " { chemical-potential 0 eV  temperature 0 K }; it has " + count);
			}
		}
		long drives = device.getParts().stream().filter(Drive.class::isInstance).map(Drive.class::cast)
				.filter(d -> "precession".equals(d.getKind())).count();
		if (drives != 1) {
			needs(study, "the moments need one precession drive, e.g. drive spin : precession { energy-quantum 1 meV  "
					+ "cone-angle 60 deg }; the device has " + drives);
		}
		Texture texture = wire.get().getMoments();
		if (texture != null && !texture.eIsProxy() && (texture.getKind() == null || !WIRE_TEXTURES.contains(texture.getKind()))) {
			needs(study, "the sites of wire " + wire.get().getName() + " take their moments from a "
					+ String.join(", ", WIRE_TEXTURES) + " texture, not from a " + texture.getKind());
		}
	}

	/** Seed 000's model needs a skyrmion, two contacts facing each other across one film, and a temperature. */
	@Check
	public void checkTopologicalDrag(Study study) {
		if (!"topological-drag".equals(study.getEngine())) {
			return;
		}
		linked(study, "carriers", Texture.class).filter(t -> !"skyrmion".equals(t.getKind())).ifPresent(
				t -> needs(study, "carriers must be a skyrmion texture, but " + t.getName() + " is a " + t.getKind()));
		Optional<Contact> injector = linked(study, "injector", Contact.class);
		Optional<Contact> detector = linked(study, "detector", Contact.class);
		if (injector.isPresent() && detector.isPresent()) {
			checkContactPair(study, injector.get(), detector.get());
		}
		injector.ifPresent(c -> requireAll(study, c, "injector", List.of("current", "polarization")));
		injector.ifPresent(c -> requireAll(study, c, "injector", List.of("annihilation-velocity")));
		detector.ifPresent(c -> requireAll(study, c, "detector", List.of("polarization", "annihilation-velocity")));
		detector.filter(c -> !has(c, "resistance") && !(has(c, "conductivity") && has(c, "cross-section")))
				.ifPresent(c -> needs(study, "detector " + c.getName()
						+ " needs 'resistance' (or 'conductivity' and 'cross-section') to turn the pumped EMF into a current"));
		injector.map(Contact::getFilm).filter(f -> f != null && !f.eIsProxy()).map(Film::getMaterial)
				.filter(m -> m != null && !m.eIsProxy()).ifPresent(m -> checkChiralMagnet(study, m));
		Device device = EcoreUtil2.getContainerOfType(study, Device.class);
		boolean warm = device != null && device.getParts().stream().filter(Environment.class::isInstance)
				.flatMap(e -> ((Environment) e).getProperties().stream())
				.anyMatch(p -> p.getName().equals("temperature") && p.getValue() instanceof Quantity q
						&& SiValues.of(q) > 0);
		if (!warm) {
			needs(study, "topological drag is thermally activated: give the device an environment with temperature > 0 K");
		}
	}

	private void checkContactPair(Study study, Contact injector, Contact detector) {
		if (injector == detector) {
			needs(study, "injector and detector must be two different contacts");
		} else if (injector.getFilm() != detector.getFilm()) {
			needs(study, "injector and detector must sit on the same film");
		} else if (!opposite(injector.getEdge(), detector.getEdge())) {
			needs(study, "injector and detector must sit on the opposite west and east edges (seed 000, Fig. 1)");
		}
	}

	/** West and east in either order (two contacts on one edge, or an edge the parser could not read, are not). */
	private static boolean opposite(String one, String other) {
		return "west".equals(one) && "east".equals(other) || "east".equals(one) && "west".equals(other);
	}

	private void checkChiralMagnet(Study study, Material material) {
		List<Property> p = material.getProperties();
		if (Schemas.find(p, "exchange").isEmpty()) {
			needs(study, "material " + material.getName() + " needs 'exchange' for the skyrmion energy (seed 000 eq. (25))");
		}
		if (p.stream().noneMatch(x -> x.getName().equals("dmi") && "interfacial".equals(x.getQualifier()))) {
			needs(study, "material " + material.getName() + " needs 'dmi interfacial' (seed 000 eq. (26))");
		}
		if (p.stream().noneMatch(x -> x.getName().equals("anisotropy") && "uniaxial".equals(x.getQualifier()))) {
			needs(study, "material " + material.getName() + " needs 'anisotropy uniaxial' (seed 000 eq. (25))");
		}
		if (Schemas.find(p, "damping").isEmpty()) {
			needs(study, "material " + material.getName() + " needs 'damping': the skyrmion viscosity is αs∫(∂n)² (seed 000 eq. (18))");
		}
		if (Schemas.find(p, "saturation").isEmpty() && Schemas.find(p, "spin-density").isEmpty()) {
			needs(study, "material " + material.getName() + " needs 'saturation' or 'spin-density' (seed 000 eq. (17))");
		}
	}

	private void requireAll(Study study, Contact contact, String role, List<String> names) {
		for (String name : names) {
			if (!has(contact, name)) {
				needs(study, role + " " + contact.getName() + " needs '" + name + "'");
			}
		}
	}

	/** Zipped sweeps advance together, point by point: they need the same number of points. */
	@Check
	public void checkZippedSweeps(Study study) {
		Optional<Property> mode = Schemas.find(study.getProperties(), "sweep-mode");
		if (mode.isEmpty() || !"zip".equals(Schemas.word(study.getProperties(), "sweep-mode").orElse("")) || study.getSweeps().size() < 2) {
			return;
		}
		List<Integer> lengths = study.getSweeps().stream()
				.map(s -> s.getRange() != null ? s.getRange().getPoints() : s.getList() != null ? s.getList().getValues().size() : 0)
				.toList();
		if (lengths.stream().distinct().count() > 1) {
			error("sweep-mode zip advances the sweeps together, so they need the same number of points; these have "
					+ lengths + " (use sweep-mode grid for every combination)", mode.get(), null, BAD_SWEEP);
		}
	}

	/** A sweep names a property its owner accepts, with a numeric value; ranges have ≥ 2 points. */
	@Check
	public void checkSweep(Sweep sweep) {
		Optional<EObject> owner = SweepTargets.owner(sweep.getParameter());
		if (owner.isEmpty()) {
			if (sweep.getParameter().isEnvironment()) {
				error("the device has no environment to sweep", sweep, Literals.SWEEP__PARAMETER, BAD_SWEEP);
			}
			return;
		}
		long sameSymbol = owner.get().eContents().stream().filter(Property.class::isInstance).map(Property.class::cast)
				.filter(p -> sweep.getParameter().getProperty().equals(p.getSymbol())).count();
		if (sameSymbol > 1) {
			error(SweepTargets.text(sweep.getParameter()) + " names " + sameSymbol + " properties (the symbol "
					+ sweep.getParameter().getProperty() + " is written twice there); give each a symbol of its own",
					sweep, Literals.SWEEP__PARAMETER, BAD_SWEEP);
			return;
		}
		Optional<PropertySpec> spec = SweepTargets.spec(sweep.getParameter());
		if (spec.isEmpty()) {
			String title = Schemas.of(owner.get()).map(ElementSchema::title).orElse("it");
			error(SweepTargets.text(sweep.getParameter()) + ": " + title + " has no property '"
					+ sweep.getParameter().getProperty() + "'", sweep, Literals.SWEEP__PARAMETER, BAD_SWEEP);
			return;
		}
		if (spec.get().shape() != ValueShape.QUANTITY) {
			error("only numeric properties can be swept; " + spec.get().name() + " is a " + spec.get().shape()
					.name().toLowerCase(), sweep, Literals.SWEEP__PARAMETER, BAD_SWEEP);
		}
		// every value the sweep will set must be one the property accepts, as compiling each point checks
		List<Quantity> values = spec.get().shape() != ValueShape.QUANTITY ? List.of()
				: sweep.getRange() != null ? java.util.Arrays.asList(sweep.getRange().getFrom(), sweep.getRange().getTo())
				: sweep.getList() != null ? sweep.getList().getValues() : List.of();
		for (Quantity value : values) {
			Optional<Double> si = value == null ? Optional.empty() : SiValues.of(value, spec.get().kind());
			if (si.isPresent() && !spec.get().range().contains(si.get())) {
				error(SweepTargets.text(sweep.getParameter()) + " must be " + spec.get().range().describe() + ", but the sweep sets "
						+ SpintexValidator.asWritten(value), value, null, BAD_SWEEP);
			}
		}
		SweepRange range = sweep.getRange();
		if (range != null) {
			if (range.getPoints() < 2) {
				error("a sweep range needs at least 2 points", range, Literals.SWEEP_RANGE__POINTS, BAD_SWEEP);
			}
			if (range.getSpacing() == org.spintex.dsl.spintex.Spacing.LOG
					&& !(SiValues.of(range.getFrom()) > 0 && SiValues.of(range.getTo()) > 0)) {
				error("a log sweep needs positive bounds", range, Literals.SWEEP_RANGE__SPACING, BAD_SWEEP);
			}
		}
	}

	static <T extends EObject> Optional<T> linked(Study study, String role, Class<T> type) {
		return Schemas.linked(study, role, type);
	}

	static boolean has(Contact contact, String name) {
		return Schemas.find(contact.getProperties(), name).isPresent();
	}

	private void needs(Study study, String message) {
		error(message, study, Literals.STUDY__ENGINE, ENGINE_NEEDS);
	}
}
