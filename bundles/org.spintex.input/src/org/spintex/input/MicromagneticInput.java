package org.spintex.input;

import java.util.List;

import org.spintex.core.math.Vector3;

/**
 * A micromagnetic study at one sweep point: the film and its material, where m starts, what acts on
 * it, and how to integrate and record. Built with {@link #builder}, which holds the one definition
 * of every default (the language's catalog documents the same ones, CatalogContractTest).
 *
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
 */
public record MicromagneticInput(String device, String study, FilmMeshInput film, MagnetMaterialInput material,
		InitialStateInput initialState, Vector3 staticFieldTesla, List<FieldDriveInput> fieldDrives,
		List<CurrentInput> currents, double temperatureKelvin, long seed, boolean demag, GroundStateSearch groundState,
		double durationSeconds, IntegratorKind integrator, double tolerance, double timeStepSeconds,
		double outputIntervalSeconds, List<FieldOutput> fieldOutputs, FieldFileFormat fieldFormat) implements StudyInput {

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
	/** Table rows and snapshots per run when the study does not say how often. */
	public static final int DEFAULT_OUTPUTS_PER_RUN = 100;

	public MicromagneticInput {
		Checks.nonNegative("temperature", temperatureKelvin);
		Checks.nonNegative("duration", durationSeconds);
		Checks.positive("tolerance", tolerance);
		Checks.positive("time step", timeStepSeconds);
		if (groundState == null || integrator == null || fieldFormat == null) {
			throw new IllegalArgumentException("a micromagnetic input needs a ground-state search, an integrator and a field "
					+ "format");
		}
		if (durationSeconds > 0) {
			Checks.positive("output interval", outputIntervalSeconds);
		}
		if (temperatureKelvin > 0 && integrator.adaptive()) {
			throw new IllegalArgumentException("thermal noise needs a fixed-step stochastic integrator (heun), not "
					+ integrator.word());
		}
		fieldDrives = List.copyOf(fieldDrives);
		currents = List.copyOf(currents);
		fieldOutputs = List.copyOf(fieldOutputs);
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

		public Builder currents(List<CurrentInput> currents) {
			this.currents = currents;
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

		public MicromagneticInput build() {
			if (timeStepSeconds == null && !integrator.adaptive()) {
				throw new IllegalArgumentException(integrator.word() + " is a fixed-step integrator: give its time step");
			}
			double step = timeStepSeconds != null ? timeStepSeconds : FIRST_ADAPTIVE_STEP_SECONDS;
			double interval = outputIntervalSeconds != null ? outputIntervalSeconds
					: durationSeconds / DEFAULT_OUTPUTS_PER_RUN;
			return new MicromagneticInput(device, study, film, material, initialState, staticFieldTesla, fieldDrives,
					currents, temperatureKelvin, seed, demag, groundState, durationSeconds, integrator, tolerance, step,
					durationSeconds > 0 ? interval : 0, fieldOutputs, fieldFormat);
		}
	}
}
