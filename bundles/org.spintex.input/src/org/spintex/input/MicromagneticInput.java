package org.spintex.input;

import java.util.List;

import org.spintex.core.math.Vector3;

/**
 * A micromagnetic study at one sweep point: the mesh, the films in it (one, or a stack along z with the interlayer
 * couplings across its spacers) and their materials, where m starts, what acts on it, and how to integrate and
 * record. Built with {@link #builder}, which holds the one definition of every default (the language's catalog
 * documents the same ones, CatalogContractTest).
 *
 * @param film the mesh over the whole study (every film of a stack shares its in-plane cells and outline)
 * @param films the films in the mesh from the bottom up, each with its material, layers and contacts' currents
 * @param couplings the interlayer exchange between films across a spacer
 * @param initialState where m starts in every film that does not say otherwise
 * @param staticFieldTesla the environment's field µ₀H, on during the ground-state stage too
 * @param fieldDrives time-dependent fields, on during the dynamics only (t ≥ 0)
 * @param groundState how m is brought to equilibrium before t = 0 (none, relax or minimize), to which torque and in
 *        how many iterations at most
 * @param durationSeconds length of the dynamics; 0 for a statics-only study
 * @param integrator how the dynamics are stepped
 * @param tolerance the largest |Δm| per step of an adaptive integrator
 * @param timeStepSeconds the step of a fixed-step integrator; the first trial step of an adaptive one
 * @param outputIntervalSeconds the time between table rows and field snapshots (positive when there are dynamics)
 * @param fieldOutputs fields written at every snapshot
 * @param fieldFormat how the fields are written
 * @param precision the floating-point precision of the demag convolution
 */
public record MicromagneticInput(String device, String study, FilmMeshInput film, List<FilmLayerInput> films,
		List<InterlayerCouplingInput> couplings, InitialStateInput initialState, Vector3 staticFieldTesla,
		List<FieldDriveInput> fieldDrives, double temperatureKelvin, long seed, boolean demag, GroundStateSearch groundState,
		double durationSeconds, IntegratorKind integrator, double tolerance, double timeStepSeconds,
		double outputIntervalSeconds, List<FieldOutput> fieldOutputs, FieldFileFormat fieldFormat, Precision precision)
		implements StudyInput {

	@Override
	public FieldFileFormat fieldFileFormat() {
		return fieldFormat;
	}

	/** rk45's tolerance on |Δm| per step: MuMax3's MaxErr. */
	public static final double DEFAULT_TOLERANCE = 1e-5;
	/** The first trial step of an adaptive integrator; the error control grows it within a few steps. */
	public static final double FIRST_ADAPTIVE_STEP_SECONDS = 1e-13;
	public static final IntegratorKind DEFAULT_INTEGRATOR = IntegratorKind.RK45;
	public static final List<FieldOutput> DEFAULT_FIELD_OUTPUTS = List.of(FieldOutput.MAGNETIZATION);
	public static final FieldFileFormat DEFAULT_FIELD_FORMAT = FieldFileFormat.DEFAULT;
	/** The name of the one film of a study built without {@link Builder#films}. */
	public static final String SINGLE_FILM = "film";
	/** Table rows and snapshots per run when the study does not say how often. */
	public static final int DEFAULT_OUTPUTS_PER_RUN = 100;

	public MicromagneticInput {
		Checks.nonNegative("temperature", temperatureKelvin);
		Checks.nonNegative("duration", durationSeconds);
		Checks.positive("tolerance", tolerance);
		Checks.positive("time step", timeStepSeconds);
		if (groundState == null || integrator == null || fieldFormat == null || precision == null) {
			throw new IllegalArgumentException("a micromagnetic input needs a ground-state search, an integrator, a field "
					+ "format and a precision");
		}
		if (durationSeconds > 0) {
			Checks.positive("output interval", outputIntervalSeconds);
		}
		if (temperatureKelvin > 0 && integrator.adaptive()) {
			throw new IllegalArgumentException("thermal noise needs a fixed-step stochastic integrator (heun), not "
					+ integrator.word());
		}
		fieldDrives = List.copyOf(fieldDrives);
		films = List.copyOf(films);
		couplings = List.copyOf(couplings);
		fieldOutputs = List.copyOf(fieldOutputs);
		checkStack(film, films, couplings);
	}

	/** Films inside the mesh, from the bottom up without overlap; couplings between two of them across a spacer. */
	private static void checkStack(FilmMeshInput mesh, List<FilmLayerInput> films, List<InterlayerCouplingInput> couplings) {
		if (films.isEmpty()) {
			throw new IllegalArgumentException("a micromagnetic study needs at least one film");
		}
		int top = 0;
		for (FilmLayerInput f : films) {
			if (f.firstLayer() < top) {
				throw new IllegalArgumentException("film " + f.film() + " overlaps the film below it (or the films are not listed "
						+ "from the bottom up)");
			}
			if (f.endLayer() > mesh.nz()) {
				throw new IllegalArgumentException("film " + f.film() + " reaches layer " + f.endLayer() + " of a mesh with "
						+ mesh.nz());
			}
			top = f.endLayer();
		}
		for (InterlayerCouplingInput c : couplings) {
			FilmLayerInput lower = films.stream().filter(f -> f.film().equals(c.lowerFilm())).findFirst().orElseThrow(
					() -> new IllegalArgumentException("coupling " + c.name() + ": no film " + c.lowerFilm() + " in the study"));
			FilmLayerInput upper = films.stream().filter(f -> f.film().equals(c.upperFilm())).findFirst().orElseThrow(
					() -> new IllegalArgumentException("coupling " + c.name() + ": no film " + c.upperFilm() + " in the study"));
			if (upper.firstLayer() <= lower.endLayer()) {
				throw new IllegalArgumentException("coupling " + c.name() + " needs a spacer of at least one cell between "
						+ c.lowerFilm() + " below and " + c.upperFilm() + " above");
			}
		}
	}

	/** The material of a single-film study; of a stack, the bottom film's. */
	public MagnetMaterialInput material() {
		return films.get(0).material();
	}

	/** The currents of every contact, film by film from the bottom up. */
	public List<CurrentInput> currents() {
		return films.stream().flatMap(f -> f.currents().stream()).toList();
	}

	/** True for a stack of several films. */
	public boolean stack() {
		return films.size() > 1;
	}

	@Override
	public String engine() {
		return "micromagnetic";
	}

	/** A study of {@code film} with {@code material} starting from {@code initialState}, every setting at its default. */
	public static Builder builder(String device, String study, FilmMeshInput film, MagnetMaterialInput material,
			InitialStateInput initialState) {
		return new Builder(device, study, film, material, initialState);
	}

	/** The settings of a micromagnetic input, each at its default until set. */
	public static final class Builder {

		private final String device;
		private final String study;
		private final FilmMeshInput film;
		private final MagnetMaterialInput material;
		private final InitialStateInput initialState;
		private Vector3 staticFieldTesla = Vector3.ZERO;
		private List<FieldDriveInput> fieldDrives = List.of();
		private List<CurrentInput> currents = List.of();
		private List<FilmLayerInput> films;
		private List<InterlayerCouplingInput> couplings = List.of();
		private double temperatureKelvin;
		private long seed;
		private boolean demag = true;
		private GroundStateSearch groundState = GroundStateSearch.none();
		private double durationSeconds;
		private IntegratorKind integrator = DEFAULT_INTEGRATOR;
		private double tolerance = DEFAULT_TOLERANCE;
		private Double timeStepSeconds;
		private Double outputIntervalSeconds;
		private List<FieldOutput> fieldOutputs = DEFAULT_FIELD_OUTPUTS;
		private FieldFileFormat fieldFormat = DEFAULT_FIELD_FORMAT;
		private Precision precision = Precision.DEFAULT;

		private Builder(String device, String study, FilmMeshInput film, MagnetMaterialInput material,
				InitialStateInput initialState) {
			this.device = device;
			this.study = study;
			this.film = film;
			this.material = material;
			this.initialState = initialState;
		}

		public Builder staticField(Vector3 tesla) {
			this.staticFieldTesla = tesla;
			return this;
		}

		public Builder fieldDrives(List<FieldDriveInput> drives) {
			this.fieldDrives = drives;
			return this;
		}

		/** The currents through the single film of {@link MicromagneticInput#builder}. */
		public Builder currents(List<CurrentInput> currents) {
			this.currents = currents;
			return this;
		}

		/**
		 * The films of a stack, from the bottom up, in place of the builder's single film (whose material and currents
		 * are then not used).
		 */
		public Builder films(List<FilmLayerInput> films) {
			this.films = films;
			return this;
		}

		public Builder couplings(List<InterlayerCouplingInput> couplings) {
			this.couplings = couplings;
			return this;
		}

		public Builder temperature(double kelvin) {
			this.temperatureKelvin = kelvin;
			return this;
		}

		public Builder seed(long seed) {
			this.seed = seed;
			return this;
		}

		public Builder demag(boolean on) {
			this.demag = on;
			return this;
		}

		public Builder groundState(GroundStateSearch search) {
			this.groundState = search;
			return this;
		}

		public Builder duration(double seconds) {
			this.durationSeconds = seconds;
			return this;
		}

		public Builder integrator(IntegratorKind kind) {
			this.integrator = kind;
			return this;
		}

		public Builder tolerance(double tolerance) {
			this.tolerance = tolerance;
			return this;
		}

		/** The fixed step of heun or rk4 (required for them). */
		public Builder timeStep(double seconds) {
			this.timeStepSeconds = seconds;
			return this;
		}

		/** Default: the duration in {@value MicromagneticInput#DEFAULT_OUTPUTS_PER_RUN} intervals. */
		public Builder outputInterval(double seconds) {
			this.outputIntervalSeconds = seconds;
			return this;
		}

		public Builder fieldOutputs(List<FieldOutput> outputs) {
			this.fieldOutputs = outputs;
			return this;
		}

		public Builder fieldFormat(FieldFileFormat format) {
			this.fieldFormat = format;
			return this;
		}

		public Builder precision(Precision precision) {
			this.precision = precision;
			return this;
		}

		public MicromagneticInput build() {
			if (timeStepSeconds == null && !integrator.adaptive()) {
				throw new IllegalArgumentException(integrator.word() + " is a fixed-step integrator: give its time step");
			}
			double step = timeStepSeconds != null ? timeStepSeconds : FIRST_ADAPTIVE_STEP_SECONDS;
			double interval = outputIntervalSeconds != null ? outputIntervalSeconds
					: durationSeconds / DEFAULT_OUTPUTS_PER_RUN;
			List<FilmLayerInput> layers = films != null ? films
					: List.of(new FilmLayerInput(SINGLE_FILM, material, 0, film.nz(), java.util.Optional.empty(), currents));
			return new MicromagneticInput(device, study, film, layers, couplings, initialState, staticFieldTesla, fieldDrives,
					temperatureKelvin, seed, demag, groundState, durationSeconds, integrator, tolerance, step,
					durationSeconds > 0 ? interval : 0, fieldOutputs, fieldFormat, precision);
		}
	}
}
