package org.spintex.dsl.catalog;

import static org.spintex.dsl.catalog.PropertySpec.choice;
import static org.spintex.dsl.catalog.PropertySpec.count;
import static org.spintex.dsl.catalog.PropertySpec.names;
import static org.spintex.dsl.catalog.PropertySpec.quantity;
import static org.spintex.dsl.catalog.PropertySpec.text;
import static org.spintex.dsl.catalog.PropertySpec.vector;
import static org.spintex.dsl.units.QuantityKind.ANGLE;
import static org.spintex.dsl.units.QuantityKind.AREA;
import static org.spintex.dsl.units.QuantityKind.CONDUCTIVITY;
import static org.spintex.dsl.units.QuantityKind.CURRENT;
import static org.spintex.dsl.units.QuantityKind.CURRENT_DENSITY;
import static org.spintex.dsl.units.QuantityKind.DIMENSIONLESS;
import static org.spintex.dsl.units.QuantityKind.DMI_CONSTANT;
import static org.spintex.dsl.units.QuantityKind.ELECTRIC_FIELD;
import static org.spintex.dsl.units.QuantityKind.ENERGY;
import static org.spintex.dsl.units.QuantityKind.ENERGY_DENSITY;
import static org.spintex.dsl.units.QuantityKind.EXCHANGE_STIFFNESS;
import static org.spintex.dsl.units.QuantityKind.FREQUENCY;
import static org.spintex.dsl.units.QuantityKind.GYROMAGNETIC_RATIO;
import static org.spintex.dsl.units.QuantityKind.INVERSE_AREA;
import static org.spintex.dsl.units.QuantityKind.INVERSE_LENGTH;
import static org.spintex.dsl.units.QuantityKind.LENGTH;
import static org.spintex.dsl.units.QuantityKind.MAGNETIC_FIELD;
import static org.spintex.dsl.units.QuantityKind.MAGNETIZATION;
import static org.spintex.dsl.units.QuantityKind.RESISTANCE;
import static org.spintex.dsl.units.QuantityKind.RESISTIVITY;
import static org.spintex.dsl.units.QuantityKind.SPIN_DENSITY;
import static org.spintex.dsl.units.QuantityKind.STIFFNESS;
import static org.spintex.dsl.units.QuantityKind.SURFACE_ENERGY;
import static org.spintex.dsl.units.QuantityKind.TEMPERATURE;
import static org.spintex.dsl.units.QuantityKind.TIME;
import static org.spintex.dsl.units.QuantityKind.VELOCITY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every element of the language and the properties it accepts: the one place that says what a
 * device file may contain. Validation, content assist, hovers, the compiler and the language
 * reference read it. Property names are ordinary identifiers of the grammar, so adding a property is one
 * line here. The study kinds of the seeds are here too; other bundles add kinds through {@link StudyKinds}.
 */
public final class PropertyCatalog {

	public static final List<String> EDGES = List.of("west", "east", "south", "north");
	public static final List<String> WIRE_ENDS = List.of("start", "end");

	/** The fields a micromagnetic study can write at every output time; by default m. */
	public static final List<String> MICROMAGNETIC_FIELDS = List.of("m", "effective-field", "torque", "topological-density", "topological-current");

	/** The outputs a topological-drag study can write; by default all. */
	public static final List<String> DRAG_OUTPUTS = List.of("skyrmion-radius", "skyrmion-energy",
			"collapse-barrier", "stability-parameter", "diffusion-constant", "mobility", "equilibrium-density",
			"skyrmion-current", "voltage", "drag-coefficient", "bulk-resistance", "interface-resistances", "regime",
			"transient");

	private static final PropertySpec LENGTH_SIZE = quantity("length", "Lx", LENGTH, Range.POSITIVE,
			"extent along x, the direction from the west to the east edge", "");
	private static final PropertySpec WIDTH = quantity("width", "Ly", LENGTH, Range.POSITIVE,
			"extent along y, the width of the west and east edges", "");
	private static final PropertySpec THICKNESS = quantity("thickness", "d", LENGTH, Range.POSITIVE,
			"film thickness along z", "seed 000 eq. (25): d");
	private static final PropertySpec RADIUS = quantity("radius", "R", LENGTH, Range.POSITIVE, "outer radius", "");
	private static final PropertySpec INNER_RADIUS = quantity("inner-radius", "Ri", LENGTH, Range.POSITIVE,
			"radius of the hole of a loop", "");
	private static final PropertySpec SHAPE = choice("shape", "the film's outline", "box", "disk", "ellipse",
			"wire", "loop");
	private static final PropertySpec CELL = quantity("cell", "dx", LENGTH, Range.POSITIVE,
			"mesh cell size (cubic cells)", "");
	private static final PropertySpec CELLS = count("cells", "Nx", Range.COUNT,
			"number of mesh cells along x (cells are cubic)");
	private static final PropertySpec MESH = vector("mesh", "N", DIMENSIONLESS,
			"number of mesh cells along x, y and z (cells may be non-cubic), e.g. (128, 32, 1)");
	private static final PropertySpec ELEVATION = quantity("elevation", "z0", LENGTH, Range.NON_NEGATIVE,
			"height of the film's bottom face in a stack of films (default 0); the films of one micromagnetic study share "
					+ "its mesh, must not overlap, and the gaps between them are empty spacers",
			"");
	private static final PropertySpec PERIODIC = names("periodic",
			"axes along which the film repeats itself without end (exchange, DMI, torques and demag)",
			List.of("x", "y"));
	private static final PropertySpec TEMPERATURE_PROPERTY = quantity("temperature", "T", TEMPERATURE,
			Range.NON_NEGATIVE, "temperature", "");
	private static final PropertySpec SEED = count("seed", "", Range.SEED,
			"seed of the random-number stream, for reproducible runs");
	/** The stopping rule of relax and minimize; its defaults are GroundStateSearch's (1e-6 T, 1,000,000). */
	private static final PropertySpec TORQUE_TOLERANCE = quantity("torque-tolerance", "", MAGNETIC_FIELD, Range.POSITIVE,
			"the largest torque |m × B| at which the ground-state search (relax, minimize) stops (default 1e-6 T)", "");
	private static final PropertySpec MAX_ITERATIONS = count("max-iterations", "", Range.COUNT,
			"iterations (minimize) or integration steps (relax) after which the ground-state search gives up; it is then "
					+ "reported as not converged and the run ends as completed with warnings (default 1000000)");
	private static final PropertySpec CENTER = vector("center", "r0", LENGTH,
			"position of the texture's centre, from the film's south-west corner");

	private static final ElementSchema MATERIAL = schema("material", "a reusable magnetic material",
			List.of(quantity("exchange", "A", EXCHANGE_STIFFNESS, Range.POSITIVE, "exchange stiffness",
					"energy density A(∇m)²; seed 000 eq. (25)'s A is 2A·d"),
					quantity("saturation", "Ms", MAGNETIZATION, Range.POSITIVE,
							"saturation magnetization; with γ it gives the spin density s = Ms/γ", ""),
					quantity("spin-density", "s", SPIN_DENSITY, Range.POSITIVE,
							"spin angular momentum per volume; defaults to Ms/γ, and with Ms it sets γ = Ms/s (give at most two "
									+ "of Ms, γ and s)", "seed 000 eq. (17): s"),
					quantity("gyromagnetic-ratio", "gamma", GYROMAGNETIC_RATIO, Range.POSITIVE,
							"gyromagnetic ratio γ (default 1.7595e11 rad/s/T, the free electron's, or Ms/s when the material "
									+ "gives its spin density)", ""),
					quantity("damping", "alpha", DIMENSIONLESS, Range.NON_NEGATIVE, "Gilbert damping α",
							"seed 000 eq. (18)"),
					quantity("anisotropy", "K", ENERGY_DENSITY, Range.ANY,
							"magnetocrystalline anisotropy constant; K > 0 favours the axis (uniaxial) or the plane "
									+ "normal to it (easy-plane)",
							"energy density −K m_z²; seed 000 eq. (25)'s κ is 2K·d").qualifiedBy("uniaxial", "easy-plane", "cubic")
							.withDirection(),
					quantity("dmi", "D", DMI_CONSTANT, Range.ANY,
							"Dzyaloshinskii–Moriya constant of the given crystal class",
							"seed 000 eq. (26); its D is D·d").qualifiedBy("interfacial", "bulk", "D2d"),
					choice("dmi-convention",
							"sign convention of D: mumax writes the interfacial energy density D[m_z ∇·m − (m·∇)m_z] "
									+ "(seed 000 eq. (26)); inverted means −D[…], as some papers and codes write it",
							"mumax", "inverted"),
					quantity("susceptibility", "chi", DIMENSIONLESS, Range.POSITIVE,
							"magnetic susceptibility along the hard axis of an easy-plane magnet (SI); it gives the spin "
									+ "susceptibility χ/(µ0γ²) of the winding battery, which is otherwise s²/2K",
							"seed 001 eq. (3)"),
					quantity("fermi-wavevector", "kF", INVERSE_LENGTH, Range.POSITIVE,
							"mean Fermi wavevector (k_F+ + k_F−)/2 of the conduction electrons of a metallic magnet",
							"seed 002 eq. (36)"),
					quantity("spin-splitting", "zeta", DIMENSIONLESS, new Range(0, true, 1, false, false),
							"spin splitting ζ = (k_F+ − k_F−)/(k_F+ + k_F−) of the conduction band", "seed 002 eq. (36)"),
					quantity("resistivity", "rho0", RESISTIVITY, Range.POSITIVE,
							"Boltzmann resistivity of the conduction electrons without texture", "seed 002 eq. (98)")),
			Set.of(), List.of(), List.of());

	private static final ElementSchema CONTACT = schema("contact", "a metal lead on an edge of a film",
			List.of(quantity("current", "I", CURRENT, Range.ANY, "electric current through the contact",
					"seed 000 eq. (24): I_L"),
					quantity("current-density", "J", CURRENT_DENSITY, Range.ANY, "electric current density", ""),
					quantity("polarization", "P", DIMENSIONLESS, Range.UNIT_MAGNITUDE,
							"spin polarisation of the current at the interface", "seed 000 eq. (9): P"),
					quantity("beta", "beta", DIMENSIONLESS, Range.NON_NEGATIVE, "non-adiabatic torque parameter β",
							"seed 002 eq. (1)"),
					quantity("spin-hall-angle", "thetaSH", DIMENSIONLESS, Range.UNIT_MAGNITUDE, "spin Hall angle",
							"seed 001 eq. (6)"),
					quantity("spin-mixing-conductance", "g", INVERSE_AREA, Range.NON_NEGATIVE,
							"real part of the spin-mixing conductance per area, in units of e²/h", "seed 001 eq. (6)"),
					quantity("conductivity", "sigma", CONDUCTIVITY, Range.POSITIVE, "conductivity of the metal",
							"seed 000 eq. (1): σ"),
					quantity("resistance", "R", RESISTANCE, Range.POSITIVE,
							"resistance of the contact's circuit, which turns the pumped EMF into a current",
							"seed 000 eq. (38): R"),
					quantity("area", "Ac", AREA, Range.POSITIVE, "area of the interface with the film", ""),
					quantity("cross-section", "Aw", AREA, Range.POSITIVE,
							"cross-section of the contact wire; with the conductivity it gives R = Ly / (σ Aw)", ""),
					quantity("annihilation-velocity", "gammaBar", VELOCITY, Range.POSITIVE,
							"skyrmion annihilation rate per density at this contact, an escape velocity",
							"seed 000 eqs. (21)-(22): γ̄"),
					choice("zhang-li", "convention of the Zhang–Li velocity u: mumax divides by 1 + β², ubermag does not",
							"mumax", "ubermag"),
					quantity("field-like", "r", DIMENSIONLESS, Range.ANY,
							"ratio of the field-like to the damping-like spin-orbit torque, B_FL / B_DL (default 0)",
							"seed 003"),
					choice("flow", "where the contact's current flows in a micromagnetic study: across the film "
							+ "(Zhang–Li in the whole film, spin-orbit under it; default), or interface, in the metal along "
							+ "the film's edge, whose spin-transfer torque acts on the interface cells only",
							"across", "interface").citing("seed 000 eqs. (4), (10)")),
			Set.of(), List.of(), List.of());

	private static final ElementSchema RESERVOIR = schema("reservoir", "an electron reservoir at one end of a wire",
			List.of(quantity("chemical-potential", "mu", ENERGY, Range.ANY, "chemical potential", "seed 004"),
					TEMPERATURE_PROPERTY),
			Set.of("chemical-potential", "temperature"), List.of(), List.of());

	/** The longest wire: the recursive Green function keeps a few 2 × 2 blocks per site and energy. */
	private static final double MAX_WIRE_SITES = 1e6;

	private static final ElementSchema WIRE = schema("wire", "a tight-binding electron chain carrying moments",
			List.of(count("sites", "N", Range.countUpTo(MAX_WIRE_SITES), "number of sites with a localized moment; at most "
					+ "a million, whose Green functions take a few hundred MB"),
					quantity("hopping", "gamma", ENERGY, Range.POSITIVE, "nearest-neighbour hopping", "seed 004"),
					quantity("sd-exchange", "Jsd", ENERGY, Range.ANY, "s-d exchange between electrons and moments",
							"seed 004"),
					quantity("lead-coupling", "gammaC", ENERGY, Range.NON_NEGATIVE,
							"hopping between the end sites and the leads; 0 closes the wire (default: the hopping)", "seed 004"),
					choice("leads", "model of the semi-infinite leads: tight-binding chains with the wire's hopping "
							+ "(default), or wide-band, Σ = −iγ_c²/γ per lead", "tight-binding", "wide-band")
							.citing("seed 004 eq. (5)")),
			Set.of("sites", "hopping", "sd-exchange"), List.of(), List.of());

	private static final ElementSchema GATE = schema("gate",
			"a region of a film whose properties switch with the study's cycle: a winding battery's gate acts while it "
					+ "charges and discharges and lets the loop close while it stores (seed 001 Fig. 1)",
			List.of(quantity("position", "x0", LENGTH, Range.ANY,
					"centre of the gated region along x, from the west edge; on a film periodic in x, 0 is the seam "
							+ "where the east edge meets the west edge",
					"seed 001"),
					WIDTH.withMeaning("width of the gated region along x")),
			Set.of("position", "width"), List.of(), List.of());

	private static final ElementSchema ENVIRONMENT = schema("environment", "the device's surroundings",
			List.of(TEMPERATURE_PROPERTY.citing("seed 000 eq. (16): k_B T"),
					vector("field", "B", MAGNETIC_FIELD, "uniform applied field µ0H")),
			Set.of(), List.of(), List.of());

	private static final ElementSchema COUPLING = schema("coupling",
			"the exchange between two films of a stack across a non-magnetic spacer (RKKY), written `coupling NAME "
					+ "between LOWER and UPPER` (the lower film first): the surface energy E/S = −σ m₁·m₂ − σ₂ (m₁·m₂)² of the facing layers",
			List.of(quantity("bilinear", "sigma", SURFACE_ENERGY, Range.ANY,
					"bilinear coupling σ: > 0 aligns the films, < 0 sets them antiparallel (a synthetic antiferromagnet)",
					"OOMMF's two-surface exchange σ; docs/physics/stacks.md"),
					quantity("biquadratic", "sigma2", SURFACE_ENERGY, Range.ANY,
							"biquadratic coupling σ₂ (default 0): < 0 favours the films at right angles", "")),
			Set.of(), List.of(Set.of("bilinear", "biquadratic")), List.of());

	private static final ElementSchema REGION_COUPLING = schema("coupling of regions",
			"the exchange across the boundary of two regions of one film, written `coupling NAME between REGION and REGION` "
					+ "(a film's name stands for its cells in no region): MuMax3's scaled inter-region exchange",
			List.of(quantity("exchange-scale", "", DIMENSIONLESS, Range.NON_NEGATIVE,
					"factor on the exchange bonds between the two regions, in place of the regions' own exchange-scale: "
							+ "A₁₂ = s · 2A₁A₂/(A₁ + A₂) (0 cuts the bond)",
					"docs/physics/stacks.md")),
			Set.of("exchange-scale"), List.of(), List.of());

	private static final ElementSchema REGION = regionSchema();

	private static final ElementSchema GRAINS = schema("grains",
			"the grains of a film, written `grains NAME in FILM`: a Voronoi tessellation of its plane around seed points "
					+ "scattered at random, one per size² on average; each grain has the film's material with every property "
					+ "that spreads scaled by 1 + s·g, g a standard normal number of the grain (the film's named regions keep "
					+ "their own material); the same seed gives the same grains on any number of threads",
			List.of(quantity("size", "dg", LENGTH, Range.POSITIVE, "mean grain size: the mean grain area is size²", ""),
					SEED.withMeaning("seed of the grains' points and spreads (default 0)"),
					quantity("anisotropy-spread", "sK", DIMENSIONLESS, Range.NON_NEGATIVE,
							"relative standard deviation of the anisotropy constants over the grains (default 0)", ""),
					quantity("saturation-spread", "sMs", DIMENSIONLESS, Range.NON_NEGATIVE,
							"relative standard deviation of Ms over the grains (default 0)", ""),
					quantity("exchange-spread", "sA", DIMENSIONLESS, Range.NON_NEGATIVE,
							"relative standard deviation of A over the grains (default 0)", ""),
					quantity("dmi-spread", "sD", DIMENSIONLESS, Range.NON_NEGATIVE,
							"relative standard deviation of D over the grains (default 0)", ""),
					quantity("damping-spread", "salpha", DIMENSIONLESS, Range.NON_NEGATIVE,
							"relative standard deviation of α over the grains (default 0)", ""),
					quantity("exchange-scale", "", DIMENSIONLESS, Range.NON_NEGATIVE,
							"factor on the exchange between neighbouring grains (default 1; < 1 weakens the grain boundaries)", "")),
			Set.of("size"), List.of(), List.of());

	private static ElementSchema regionSchema() {
		List<PropertySpec> properties = new ArrayList<>(MATERIAL.properties());
		properties.add(quantity("exchange-scale", "", DIMENSIONLESS, Range.NON_NEGATIVE,
				"factor on the exchange bonds between this region and the rest of the film (default 1: the harmonic mean "
						+ "2A₁A₂/(A₁ + A₂) of the two sides); a bond between two scaled regions takes both factors",
				"docs/physics/stacks.md"));
		StringBuilder shapes = new StringBuilder();
		OutlineKinds.all().forEach(k -> shapes.append(shapes.isEmpty() ? "" : ", ").append('`').append(k.signature()).append('`'));
		return schema("region", "a region of a film, written `region NAME in FILM { outline SHAPE … }`, with its own material: "
				+ "the film's, then the properties of `material M` if it names one, then its own; or `empty`, a notch or hole "
				+ "without material. A cell is the region's when its centre lies inside the outline (and the film's); a later "
				+ "region takes the cells it shares with an earlier one. Shapes: " + shapes + ", each placed `at (x, y) nm` "
				+ "(its centre, from the film's south-west corner; default (0, 0)) and `rotated 30 deg` (counter-clockwise), "
				+ "combined left to right by `union`, `minus` and `intersect`, grouped by parentheses", properties, Set.of(),
				List.of(), List.of());
	}

	private static final Map<String, Set<String>> FILM_SIZES = new LinkedHashMap<>();
	private static final Map<String, ElementSchema> FILMS = new LinkedHashMap<>();
	private static final Map<String, ElementSchema> TEXTURES = new LinkedHashMap<>();
	private static final Map<String, ElementSchema> DRIVES = new LinkedHashMap<>();
	private static final Map<String, ElementSchema> STUDIES = new LinkedHashMap<>();
	private static final Map<String, ElementSchema> POTENTIALS = new LinkedHashMap<>();

	static {
		List<PropertySpec> filmProperties = List.of(SHAPE, LENGTH_SIZE, WIDTH, THICKNESS, RADIUS, INNER_RADIUS,
				ELEVATION, CELL, CELLS, MESH, PERIODIC);
		Map<String, Set<String>> sizes = FILM_SIZES;
		sizes.put("box", Set.of("length", "width", "thickness"));
		sizes.put("disk", Set.of("radius", "thickness"));
		sizes.put("ellipse", Set.of("length", "width", "thickness"));
		sizes.put("wire", Set.of("length", "width", "thickness"));
		sizes.put("loop", Set.of("radius", "inner-radius", "thickness"));
		sizes.forEach((shape, required) -> FILMS.put(shape, schema("film (" + shape + ")",
				"a magnetic film; `shape " + shape + "` needs " + String.join(", ", new TreeSet<>(required)),
				filmProperties, required, List.of(Set.of("cell", "cells", "mesh")), List.of())));

		TEXTURES.put("skyrmion", schema("texture skyrmion", "an isolated skyrmion",
				List.of(count("charge", "Q", Range.SIGN, "topological charge in the study's charge-sign convention")
						.citing("seed 000 eq. (5)"),
						choice("chirality", "Néel (interfacial DMI) or Bloch (bulk DMI)", "neel", "bloch"),
						choice("profile", "radial profile; hard-cutoff is seed 000's ansatz", "hard-cutoff")
								.citing("seed 000 eq. (28)"),
						choice("core", "direction of the core magnetization", "down", "up"),
						RADIUS.withMeaning("initial radius; by default the minimum of seed 000's energy, eq. (30), in the drag engine "
								+ "and an eighth of the film's shorter side in the micromagnetic engine"),
						CENTER),
				Set.of(), List.of(), List.of()));
		TEXTURES.put("domain-wall", schema("texture domain-wall", "a domain wall",
				List.of(choice("chirality", "Bloch or Néel wall, on a film as on a wire (language 2 defaulted a film's wall to "
						+ "neel)", "bloch", "neel"),
						choice("arrangement", "which domains the wall separates: along the wall's normal (x on a film, the "
								+ "axis of a wire) or along z; on a film as on a wire (language 2 defaulted a film's wall to "
								+ "up-down)", "head-to-head", "tail-to-tail", "up-down", "down-up"),
						choice("profile", "rotation of the wall on a wire, whose sites run along z: tanh, the Bloch wall "
								+ "M = (0, sech u, tanh u), or noncoplanar, seed 004's M = (−sech u tanh u, sech² u, tanh u), "
								+ "u = (i0 − i)/w", "tanh", "noncoplanar").citing("seed 004 Fig. 1(c)"),
						quantity("center", "x0", LENGTH, Range.ANY, "wall centre along the film", ""),
						quantity("center-site", "i0", DIMENSIONLESS, Range.ANY, "wall centre in sites of a wire",
								"seed 004 Fig. 1(c)"),
						WIDTH.withMeaning("wall width Δ of the profile θ = 2 arctan e^((x − x0)/Δ) on a film (default √(A/K) "
								+ "with the material's first anisotropy, 10 nm without one)"),
						quantity("width-sites", "w", DIMENSIONLESS, Range.POSITIVE, "wall width in sites of a wire",
								"seed 004 Fig. 1(c)")),
				Set.of(), List.of(), List.of()));
		TEXTURES.put("vortex", schema("texture vortex", "a magnetic vortex",
				List.of(count("circulation", "c", Range.SIGN, "sense of the in-plane curl, +1 counter-clockwise"),
						count("polarity", "p", Range.SIGN, "core magnetization along ±z"),
						RADIUS.withMeaning("core radius (default 10 nm)"), CENTER),
				Set.of(), List.of(), List.of()));
		TEXTURES.put("spiral", schema("texture spiral", "a spin spiral (winding)",
				List.of(quantity("period", "lambda", LENGTH, Range.POSITIVE, "spiral period", "seed 001 eq. (7)"),
						choice("axis", "direction of the spiral's wave vector; z winds through the film's thickness",
								"x", "y", "z"),
						quantity("windings", "n", DIMENSIONLESS, Range.POSITIVE, "number of 2π windings",
								"seed 001 eq. (7)"),
						choice("chirality", "cycloidal (Néel-like) or helical (Bloch-like)", "cycloidal", "helical")),
				Set.of(), List.of(Set.of("period", "windings")), List.of()));
		TEXTURES.put("uniform", schema("texture uniform", "a uniform magnetization",
				List.of(vector("direction", "m", DIMENSIONLESS, "direction of m (normalised)")), Set.of("direction"),
				List.of(), List.of()));
		TEXTURES.put("random", schema("texture random", "random directions, seeded", List.of(SEED),
				Set.of("seed"), List.of(), List.of()));
		TEXTURES.put("from-file", schema("texture from-file", "a magnetization read from an OVF 2.0 file",
				List.of(text("file", "path of the OVF 2.0 file, relative to the device file")), Set.of("file"),
				List.of(), List.of()));

		DRIVES.put("field", schema("drive field", "an applied magnetic field",
				List.of(vector("field", "B", MAGNETIC_FIELD, "field µ0H"),
						quantity("frequency", "f", FREQUENCY, Range.NON_NEGATIVE, "frequency of an AC field", ""),
						quantity("starts-at", "t0", TIME, Range.NON_NEGATIVE, "time the field is switched on (default 0)", ""),
						quantity("duration", "tau", TIME, Range.POSITIVE, "how long it stays on (default: to the end)", "")),
				Set.of("field"), List.of(), List.of()));
		DRIVES.put("pulse", schema("drive pulse", "a current pulse through a contact",
				List.of(quantity("current-density", "J", CURRENT_DENSITY, Range.ANY, "peak current density", ""),
						quantity("starts-at", "t0", TIME, Range.NON_NEGATIVE, "start of the pulse", ""),
						quantity("duration", "tau", TIME, Range.POSITIVE, "length of the pulse", "")),
				Set.of("current-density", "duration"), List.of(), List.of()));
		DRIVES.put("precession", schema("drive precession", "steady precession of the moments about an axis",
				List.of(choice("axis", "precession axis, counter-clockwise (default z)", "z", "x", "y"),
						quantity("frequency", "f", FREQUENCY, Range.POSITIVE, "precession frequency Ω/2π", ""),
						quantity("energy-quantum", "hbarOmega", ENERGY, Range.POSITIVE, "ħΩ", "seed 004"),
						quantity("cone-angle", "theta", ANGLE, new Range(0, true, Math.PI, true, false),
								"angle between the moments and the axis, for a wire without texture or with a uniform one "
										+ "(other textures keep their own angles)",
								"seed 004 Fig. 1(a)")),
				Set.of(), List.of(Set.of("frequency", "energy-quantum")), List.of()));

		PropertySpec potentialCentre = CENTER.withMeaning("centre of the potential, from the film's south-west corner "
				+ "(default: the film's centre)");
		POTENTIALS.put("harmonic-well", schema("potential harmonic-well",
				"U = κ|X − X0|²/2 on a texture's centre: the confinement of a disk or a trap",
				List.of(potentialCentre, quantity("stiffness", "kappa", STIFFNESS, Range.POSITIVE, "spring constant κ",
						"seed 002 eq. (88): U(X)")),
				Set.of("stiffness"), List.of(), List.of()));
		POTENTIALS.put("pinning-site", schema("potential pinning-site",
				"U = −U0 exp(−|X − X0|²/rp²): a defect that holds a texture until the current's force exceeds √2 U0 e^(−1/2)/rp",
				List.of(potentialCentre, quantity("depth", "U0", ENERGY, Range.POSITIVE, "depth U0 of the well", "seed 002 eq. (88)"),
						RADIUS.withMeaning("radius rp of the defect")),
				Set.of("depth", "radius"), List.of(), List.of()));
		POTENTIALS.put("track-edges", schema("potential track-edges",
				"U = B[exp(−(Y − y−)/λ) + exp(−(y+ − Y)/λ)]: the repulsion of the two edges of a track along x, at y± = "
						+ "yc ± W/2",
				List.of(potentialCentre.withMeaning("a point on the track's centre line (default: the film's centre)"),
						WIDTH.withMeaning("track width W between the edges (default: the film's width)"),
						quantity("barrier", "B", ENERGY, Range.POSITIVE, "energy B of the texture at an edge", "seed 002 eq. (88)"),
						quantity("decay-length", "lambda", LENGTH, Range.POSITIVE, "range λ of the edge repulsion", "")),
				Set.of("barrier", "decay-length"), List.of(), List.of()));

		STUDIES.put("texture-forces", schema("study texture-forces",
				"seed 002's forces on a spin texture and its motion under current: the texture (relaxed by the micromagnetic "
						+ "engine), its vortex number, gyrovector and dissipation tensor, the forces of the film's spin-polarised "
						+ "current, its Hall and core resistivities, the Thiele path of its centre through the film's potentials "
						+ "(with the environment's thermal force) and the micromagnetic motion under the same current",
				List.of(choice("ground-state", "how the texture is brought to equilibrium first: minimize (default), relax or none",
						"minimize", "relax", "none"),
						TORQUE_TOLERANCE, MAX_ITERATIONS,
						quantity("duration", "tmax", TIME, Range.NON_NEGATIVE,
								"length of the Thiele path (default 0: forces and resistivities only)", "seed 002 eq. (90)"),
						quantity("time-step", "dt", TIME, Range.POSITIVE,
								"fixed step of the Thiele integration (default: from the potentials and the drift)", ""),
						quantity("output-every", "dtOut", TIME, Range.POSITIVE, "time between path rows (default duration / 200)", ""),
						quantity("micromagnetic-check", "tcheck", TIME, Range.NON_NEGATIVE,
								"length of the micromagnetic (LLG, Zhang–Li) motion under the same current that the Thiele velocity "
										+ "is compared with (default 0: none); for the free texture of eq. (90) use a periodic film",
								"seed 002 eq. (90)"),
						quantity("edge-margin", "", LENGTH, Range.NON_NEGATIVE,
								"distance from open edges and holes where the texture's integrals start (default: three decay "
										+ "lengths √(A/K) of a DMI film's edge twist, 0 without DMI)", ""),
						quantity("tolerance", "tol", DIMENSIONLESS, Range.POSITIVE,
								"largest |Δm| per step of the micromagnetic check (default 1e-6)", ""),
						choice("demag", "the magnetostatic field of the texture stage (default on)", "on", "off"),
						SEED.withMeaning("seed of the thermal force"),
						choice("sweep-mode", "how several sweeps combine: every combination, or point by point",
								"grid", "zip")),
				Set.of(), List.of(),
				List.of(new LinkSpec("film", "film",
						"the film that holds the texture; its contact with a polarization and a current density drives it, "
								+ "its potentials act on the texture's centre"),
						new LinkSpec("initial-state", "texture", "the texture whose forces and motion are computed"))));
		STUDIES.put("macrospin", schema("study macrospin",
				"seed 003's semiclassical dynamics of the film as one macrospin: the LLG equation with the spin-orbit torques of "
						+ "its spin Hall contacts and, on a topological insulator, the Berry-curvature gyromagnetic ratio and the "
						+ "field an electric field induces; trajectories and phase portraits on the magnetization sphere",
				List.of(choice("interface", "the electrons under the film: none (default); ti-surface, the Dirac surface of a 3D "
						+ "topological insulator (eqs. 2.30–2.37); ti-edge, the helical edge of a 2D topological insulator along a "
						+ "wire (eqs. 2.38–2.42)", "none", "ti-surface", "ti-edge").citing("seed 003 sec. 2.3, 2.4"),
						quantity("exchange-ratio", "alpha", DIMENSIONLESS, Range.ANY,
								"α = Jm a/ħv, the exchange energy over the Dirac electrons' kinetic scale", "seed 003 eqs. (2.31), (2.39)"),
						quantity("lattice-constant", "a", LENGTH, Range.POSITIVE, "lattice constant a of the interface",
								"seed 003 eq. (2.31)"),
						quantity("electric-field", "E", ELECTRIC_FIELD, Range.ANY, "electric field along x (default 0)",
								"seed 003 eqs. (2.36), (2.41)"),
						quantity("duration", "tmax", TIME, Range.POSITIVE, "simulated time of every trajectory", ""),
						quantity("output-every", "dtOut", TIME, Range.POSITIVE,
								"time between rows of the trajectory (default duration / 1000)", ""),
						quantity("tolerance", "tol", DIMENSIONLESS, Range.POSITIVE,
								"relative accuracy of the adaptive integration (default 1e-9)", ""),
						quantity("gamma-correction", "rE", DIMENSIONLESS, Range.ANY,
								"γ/γ_E, the electric field's correction to the Berry curvature: the torque −γτ^γ = γ(γ/γ_E) "
										+ "m × (B + α m × B) (default 0)", "seed 003 eq. (2.28)"),
						quantity("alpha-correction", "alphaE", DIMENSIONLESS, Range.ANY,
								"α_E = γη_E, the electric field's correction to the damping: −γτ^η = −γα_E m × (m × B); "
										+ "α + α_E < 0 drives the magnet from its easy axis to its hard plane (default 0)",
								"seed 003 eq. (2.29)"),
						count("portrait", "", Range.NON_NEGATIVE_COUNT,
								"starting points of the phase portrait along the polar angle, twice as many in azimuth (default 0: none)"),
						choice("portrait-axis", "polar axis of the phase portrait: z (default), or y, the axis of the edge model",
								"z", "y").citing("seed 003 eq. (2.39)"),
						choice("demag", "the film's shape anisotropy (default off)", "off", "on"),
						choice("sweep-mode", "how several sweeps combine: every combination, or point by point",
								"grid", "zip")),
				Set.of("duration"), List.of(),
				List.of(new LinkSpec("film", "film",
						"the film, taken as one macrospin: its material, size, anisotropies and the spin Hall contacts on it"),
						new LinkSpec("initial-state", "texture", "a uniform texture: the direction the trajectory starts from"))));
		STUDIES.put("micromagnetic", schema("study micromagnetic",
				"magnetization dynamics of a film by the Landau–Lifshitz–Gilbert equation (MuMax3 and OOMMF's problem)",
				List.of(choice("ground-state",
						"how the initial state is brought to equilibrium before t = 0, with the environment's field only: "
								+ "relax (damping-only flow), minimize (steepest descent) or none",
						"none", "relax", "minimize"),
						TORQUE_TOLERANCE, MAX_ITERATIONS,
						quantity("duration", "tmax", TIME, Range.NON_NEGATIVE,
								"simulated time of the dynamics, drives and currents on (default 0: ground state only)", ""),
						choice("integrator", "time stepper: rk45 (adaptive Dormand–Prince, default), heun (stochastic, "
								+ "needed with temperature) or rk4", "rk45", "heun", "rk4"),
						quantity("tolerance", "tol", DIMENSIONLESS, Range.POSITIVE,
								"largest |Δm| per rk45 step (default 1e-5, MuMax3's MaxErr); the ground-state search stops at "
										+ "the torque-tolerance",
								""),
						quantity("time-step", "dt", TIME, Range.POSITIVE, "fixed step of heun and rk4", ""),
						quantity("output-every", "dtOut", TIME, Range.POSITIVE,
								"time between table rows and field snapshots (default duration / 100)", ""),
						names("outputs", "fields written at every output time as OVF 2.0 (default m)", MICROMAGNETIC_FIELDS),
						choice("field-format", "format of the field files: OVF 2.0 binary4 (default), binary8, text, or vtk "
								+ "(VTK image data for ParaView)", "binary4", "binary8", "text", "vtk"),
						choice("demag", "the magnetostatic field (default on)", "on", "off"),
						choice("precision", "floating-point precision of the demag convolution: double (default), or single "
								+ "(float spectra and FFTs, as MuMax3; within 1e-3 of double on µMAG SP4 and SP5, faster on "
								+ "large films); m, the other fields and the integrator stay double", "double", "single"),
						SEED.withMeaning("seed of the thermal noise"),
						choice("sweep-mode", "how several sweeps combine: every combination, or point by point",
								"grid", "zip")),
				Set.of(), List.of(),
				List.of(new LinkSpec("film", "film", "the film whose magnetization evolves; name every film of a stack, "
						+ "each with its own `film` line (the couplings between them apply)").asRepeatable(),
						LinkSpec.optional("initial-state", "texture", "where m starts (default: uniform along +z); "
								+ "`initial-state T in F` starts film F of a stack from T").asRepeatable())));
		STUDIES.put("geometric-torque", schema("study geometric-torque",
				"torques of non-equilibrium electrons on precessing moments in a tight-binding wire between reservoirs, "
						+ "by the exact rotating-frame Green functions and their split into adiabatic, geometric, "
						+ "Fermi-sea and Fermi-surface parts (seed 004)",
				List.of(quantity("tolerance", "tol", DIMENSIONLESS, Range.POSITIVE,
						"relative error of the energy integrals (default 1e-10)", ""),
						quantity("smf-conductance", "g0", DIMENSIONLESS, Range.NON_NEGATIVE,
								"conductance G₀ = g₀ e²/h of the spin-motive-force estimate the torques are compared with "
										+ "(default 2, a ballistic channel of each spin)",
								"seed 004 Fig. 4 caption"),
						choice("sweep-mode", "how several sweeps combine: every combination, or point by point",
								"grid", "zip")),
				Set.of(), List.of(),
				List.of(new LinkSpec("wire", "wire",
						"the wire whose electrons feel the precession; its reservoirs feed the leads and the device's "
								+ "precession drive moves its moments"))));
		STUDIES.put("winding-battery", schema("study winding-battery",
				"seed 001's energy storage in magnetic winding: an easy-plane wire between two spin Hall contacts, "
						+ "closed into a loop by `periodic x`, charged by a current, storing whole turns, discharged "
						+ "into a load — 1D spin hydrodynamics with lattice phase slips",
				List.of(quantity("charge-time", "tc", TIME, Range.NON_NEGATIVE,
						"how long the west contact's current charges the wire, with the gates acting", "seed 001 eq. (7)"),
						quantity("store-time", "ts", TIME, Range.NON_NEGATIVE,
								"how long the wire then stores its winding: circuit open, gates off (default 0)", "seed 001"),
						quantity("discharge-time", "td", TIME, Range.NON_NEGATIVE,
								"how long it then drives the load through the spin-motive force, gates acting (default 0)",
								"seed 001"),
						quantity("load-resistance", "Rload", RESISTANCE, Range.NON_NEGATIVE,
								"the load in series with the contacts' wires while discharging", "seed 001"),
						quantity("output-every", "dtOut", TIME, Range.POSITIVE,
								"time between rows of the cycle table (default: the cycle / 1000)", ""),
						quantity("tolerance", "tol", DIMENSIONLESS, Range.POSITIVE,
								"relative accuracy of the adaptive time integration (default 1e-8)", ""),
						count("snapshots", "", Range.NON_NEGATIVE_COUNT,
								"profiles of the wire written inside each phase, besides the one at its end (default 0)"),
						choice("sweep-mode", "how several sweeps combine: every combination, or point by point",
								"grid", "zip")),
				Set.of(), List.of(),
				List.of(new LinkSpec("film", "film",
						"the easy-plane wire along x: its material, width × thickness cross-section and cells; the contacts "
								+ "on its west and east edges charge it, the gates on it cut the loop"))));
		STUDIES.put("topological-drag", schema("study topological-drag",
				"skyrmion-mediated spin drag between two contacts (seed 000)",
				List.of(quantity("equilibrium-density", "rho0", INVERSE_AREA, Range.POSITIVE,
						"equilibrium skyrmion density; by default exp(−E0/k_BT)/(π R0²), one thermally activated "
								+ "skyrmion per core area",
						"seed 000 eq. (22)"),
						quantity("duration", "tmax", TIME, Range.POSITIVE,
								"length of the transient towards the steady state; by default 3 L²/D", "seed 000 eq. (33)"),
						quantity("time-step", "dt", TIME, Range.POSITIVE, "time step of the transient", ""),
						quantity("tolerance", "tol", DIMENSIONLESS, Range.POSITIVE,
								"relative distance from the steady current at which the transient stops (default 1e-3)",
								""),
						count("snapshots", "", Range.COUNT, "number of density profiles written during the transient"),
						count("cells", "", Range.COUNT, "finite-volume cells of the 1D diffusion solver (default 200)"),
						count("particles", "", Range.COUNT,
								"skyrmions in the stochastic check: Brownian Thiele skyrmions measure D (eqs. 16, 20) and "
										+ "one-by-one injection, diffusion and absorption measure the current of eq. (37) "
										+ "(at pumping factor 1, as a ratio); absent: no check"),
						SEED,
						names("outputs", "what to compute and write (default: all)", DRAG_OUTPUTS),
						choice("sweep-mode", "how several sweeps combine: every combination, or point by point",
								"grid", "zip"),
						choice("charge-sign",
								"sign of Q = (1/4π)∫m·(∂x m × ∂y m): mumax (core-down skyrmion Q = −1) or seed-000 "
										+ "(opposite)",
								"mumax", "seed-000")),
				Set.of(), List.of(),
				List.of(new LinkSpec("carriers", "texture", "the skyrmion texture that carries the topological charge"),
						new LinkSpec("injector", "contact", "the contact whose current pumps skyrmion charge in"),
						new LinkSpec("detector", "contact", "the contact where the EMF of the leaving charge is read"))));
	}

	private PropertyCatalog() {
	}

	private static ElementSchema schema(String title, String meaning, List<PropertySpec> properties,
			Set<String> required, List<Set<String>> oneOf, List<LinkSpec> links) {
		return new ElementSchema(title, meaning, properties, required, oneOf, links);
	}

	public static ElementSchema material() {
		return MATERIAL;
	}

	public static ElementSchema contact() {
		return CONTACT;
	}

	public static ElementSchema reservoir() {
		return RESERVOIR;
	}

	public static ElementSchema wire() {
		return WIRE;
	}

	public static ElementSchema gate() {
		return GATE;
	}

	public static ElementSchema environment() {
		return ENVIRONMENT;
	}

	public static ElementSchema coupling() {
		return COUPLING;
	}

	/** The coupling of two regions of one film: a scaled exchange across their boundary. */
	public static ElementSchema regionCoupling() {
		return REGION_COUPLING;
	}

	public static ElementSchema region() {
		return REGION;
	}

	public static ElementSchema grains() {
		return GRAINS;
	}

	public static List<String> shapes() {
		return List.copyOf(FILMS.keySet());
	}

	/** The sizes each film shape needs, e.g. disk: radius, thickness. */
	public static Map<String, Set<String>> filmSizes() {
		return java.util.Collections.unmodifiableMap(FILM_SIZES);
	}

	/** The film of {@code shape}; an unknown shape gets the box's schema (the shape itself is reported). */
	public static ElementSchema film(String shape) {
		return FILMS.getOrDefault(shape, FILMS.get("box"));
	}

	public static List<String> textureKinds() {
		return List.copyOf(TEXTURES.keySet());
	}

	public static Optional<ElementSchema> texture(String kind) {
		return Optional.ofNullable(TEXTURES.get(kind));
	}

	public static List<String> driveKinds() {
		return List.copyOf(DRIVES.keySet());
	}

	public static Optional<ElementSchema> drive(String kind) {
		return Optional.ofNullable(DRIVES.get(kind));
	}

	public static List<String> potentialKinds() {
		return List.copyOf(POTENTIALS.keySet());
	}

	public static Optional<ElementSchema> potential(String kind) {
		return Optional.ofNullable(POTENTIALS.get(kind));
	}

	/** Every study kind's word, built in or registered ({@link StudyKinds}). */
	public static List<String> engines() {
		return StudyKinds.names();
	}

	/** The catalog entry of the study kind {@code engine}, built in or registered. */
	public static Optional<ElementSchema> study(String engine) {
		return StudyKinds.named(engine).map(StudyKind::schema);
	}

	/** The study kinds the language ships with, by word, in the reference's order. */
	public static Map<String, ElementSchema> builtInStudies() {
		return java.util.Collections.unmodifiableMap(STUDIES);
	}

	/** Every schema, in the order of the language reference. */
	public static List<ElementSchema> all() {
		List<ElementSchema> all = new ArrayList<>();
		all.add(MATERIAL);
		all.add(FILMS.get("box"));
		all.add(REGION);
		all.add(GRAINS);
		all.add(CONTACT);
		all.addAll(TEXTURES.values());
		all.add(RESERVOIR);
		all.add(WIRE);
		all.add(GATE);
		all.addAll(DRIVES.values());
		all.addAll(POTENTIALS.values());
		all.add(COUPLING);
		all.add(REGION_COUPLING);
		all.add(ENVIRONMENT);
		StudyKinds.all().values().forEach(kind -> all.add(kind.schema()));
		return all;
	}

	/** Every property name of the language: identifiers, never keywords or unit symbols (UnitTokenSource). */
	public static Set<String> propertyNames() {
		Set<String> names = new TreeSet<>();
		all().forEach(schema -> schema.properties().forEach(p -> names.add(p.name())));
		return names;
	}
}
