package org.spintex.input;

import java.util.List;

import org.spintex.core.math.Vector3;

/**
 * A micromagnetic study at one sweep point: the film and its material, where m starts, what acts on
 * it, and how to integrate and record.
 *
 * @param staticFieldTesla the environment's field µ₀H, on during the ground-state stage too
 * @param fieldDrives time-dependent fields, on during the dynamics only (t ≥ 0)
 * @param groundState how m is brought to equilibrium before t = 0 (none, relax or minimize), to which torque and in
 *        how many iterations at most
 * @param durationSeconds length of the dynamics; 0 for a statics-only study
 * @param integrator rk45 (adaptive Dormand–Prince), heun or rk4 (fixed step)
 * @param tolerance the largest |Δm| per step of rk45
 * @param outputIntervalSeconds the time between table rows and field snapshots
 * @param fieldOutputs fields written at every snapshot: m, effective-field, torque, topological-density
 * @param fieldFormat OVF 2.0 data format (binary4, binary8 or text), or vtk for VTK image data
 */
public record MicromagneticInput(String device, String study, FilmMeshInput film, MagnetMaterialInput material,
		InitialStateInput initialState, Vector3 staticFieldTesla, List<FieldDriveInput> fieldDrives,
		List<CurrentInput> currents, double temperatureKelvin, long seed, boolean demag, GroundStateSearch groundState,
		double durationSeconds, String integrator, double tolerance, double timeStepSeconds,
		double outputIntervalSeconds, List<String> fieldOutputs, String fieldFormat) implements StudyInput {

	public static final List<String> INTEGRATORS = List.of("rk45", "heun", "rk4");
	public static final List<String> FIELD_OUTPUTS = List.of("m", "effective-field", "torque", "topological-density", "topological-current");
	public static final List<String> FIELD_FORMATS = List.of("binary4", "binary8", "text", "vtk");

	public MicromagneticInput {
		Checks.nonNegative("temperature", temperatureKelvin);
		Checks.nonNegative("duration", durationSeconds);
		Checks.positive("tolerance", tolerance);
		if (groundState == null) {
			throw new IllegalArgumentException("a micromagnetic input needs a ground-state search (none for none)");
		}
		oneOf("integrator", integrator, INTEGRATORS);
		oneOf("field format", fieldFormat, FIELD_FORMATS);
		fieldOutputs.forEach(f -> oneOf("field output", f, FIELD_OUTPUTS));
		if (!integrator.equals("rk45")) {
			Checks.positive("time step", timeStepSeconds);
		}
		if (temperatureKelvin > 0 && integrator.equals("rk45")) {
			throw new IllegalArgumentException("thermal noise needs a fixed-step stochastic integrator (heun), not rk45");
		}
		fieldDrives = List.copyOf(fieldDrives);
		currents = List.copyOf(currents);
		fieldOutputs = List.copyOf(fieldOutputs);
	}

	private static void oneOf(String what, String value, List<String> allowed) {
		if (!allowed.contains(value)) {
			throw new IllegalArgumentException("unknown " + what + " '" + value + "'; one of " + String.join(", ", allowed));
		}
	}

	@Override
	public String engine() {
		return "micromagnetic";
	}
}
