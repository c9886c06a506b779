package org.spintex.engine.llg.study;

import java.util.Locale;
import java.util.Map;

import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.solver.IntegrationFailure;
import org.spintex.input.MicromagneticInput;

/**
 * Catches a numerically unstable integration of an undriven, damped magnet. Without drives, currents or thermal noise
 * the LLG equation only dissipates — dE/dt = −(αγ/(1 + α²))∫M_s|m × B|² dV ≤ 0 for the conservative terms, a static
 * applied field included — so an energy that rises from one output to the next by more than rounding is the
 * integrator's, not the physics'. The run then stops as unstable, with the state of the previous output as the last
 * good one.
 */
final class DissipationWatch {

	/** A rise smaller than this fraction of the energy scale Σ|E_term| is rounding and integration error. */
	static final double TOLERANCE = 1e-6;

	private double previousEnergy = Double.NaN;
	private double previousTime;
	private VectorField previousState;

	/**
	 * True if the input's dynamics can only lose energy: damped, without currents or temperature, and every applied
	 * field static from t = 0 to the end (a field switched on at t = 0, as µMAG SP4 applies its field, is static
	 * over the dynamics).
	 */
	static boolean applies(MicromagneticInput input) {
		return input.films().stream().allMatch(f -> f.material().alpha() > 0) && input.currents().isEmpty() && input.temperatureKelvin() == 0
				&& input.fieldDrives().stream().allMatch(d -> d.staticOver(0, input.durationSeconds()));
	}

	/**
	 * Records the energies at one output time.
	 *
	 * @param energies term name → energy in joule with the "total", as {@code EnergyBreakdown} gives them
	 * @throws IntegrationFailure if the energy rose since the previous output
	 */
	void observe(double timeSecond, VectorField m, Map<String, Double> energies) {
		double total = energies.get("total");
		double scale = energies.entrySet().stream().filter(e -> !e.getKey().equals("total"))
				.mapToDouble(e -> Math.abs(e.getValue())).sum();
		if (!Double.isNaN(previousEnergy) && total - previousEnergy > TOLERANCE * scale) {
			throw new IntegrationFailure(String.format(Locale.ROOT,
					"unstable at t = %.4g s: the energy of the undriven, damped magnet rose from %.6g J at t = %.4g s to %.6g J; "
							+ "choose a smaller time-step, or integrator rk45",
					timeSecond, previousEnergy, previousTime, total), previousState, previousTime);
		}
		previousEnergy = total;
		previousTime = timeSecond;
		if (previousState == null) {
			previousState = m.copy();
		} else {
			previousState.copyFrom(m);
		}
	}
}
