package org.spintex.engine.drag.model;

import java.util.ArrayList;
import java.util.List;

import org.spintex.core.results.RunCancelledException;
import org.spintex.core.results.RunControl;
import org.spintex.engine.drag.transport.SkyrmionChargeDiffusion;

/**
 * The approach to the steady state after the injector current is switched on at t = 0, from the
 * equilibrium ρ = ρ0 (seed 000 eq. (33) with the contact rates of eqs. (35)–(36)): the currents
 * j_L(t), j_R(t) and the charge per width N(t), with density snapshots ρ(x, t_k).
 */
final class DragTransient {

	record Result(List<double[]> currents, List<double[]> profiles, List<String> profileColumns,
			double steadyAfterSeconds) {
	}

	/** The name this stage reports progress under. */
	static final String STAGE = "transient";
	/** Steps of the transient when the study gives no time step: duration / STEPS. */
	static final int STEPS = 2000;

	static Result run(SkyrmionChargeDiffusion diffusion, double pumpingFactor, double steadyCurrent,
			double durationSeconds, double timeStepSeconds, double tolerance, int snapshots, RunControl control) {
		double dt = timeStepSeconds;
		int steps = (int) Math.ceil(durationSeconds / dt);
		int every = Math.max(1, steps / snapshots);
		double[] rho = diffusion.equilibrium();
		double[] x = diffusion.positions();
		List<double[]> currents = new ArrayList<>();
		List<double[]> snapshotsRho = new ArrayList<>();
		List<String> columns = new ArrayList<>(List.of("x (m)"));
		double steadyAfter = Double.NaN;
		for (int n = 1; n <= steps; n++) {
			if (control.cancelled()) {
				throw new RunCancelledException("the transient");
			}
			rho = diffusion.step(rho, dt, pumpingFactor);
			double t = n * dt;
			double right = diffusion.rightCurrent(rho);
			currents.add(new double[] { t, diffusion.leftCurrent(rho, pumpingFactor), right, diffusion.charge(rho) });
			if (Double.isNaN(steadyAfter) && Math.abs(right - steadyCurrent) <= tolerance * Math.abs(steadyCurrent)) {
				steadyAfter = t;
			}
			if (n % every == 0 || n == steps) {
				snapshotsRho.add(rho.clone());
				columns.add(String.format(java.util.Locale.ROOT, "rho(t=%.4g s) (m^-2)", t));
			}
			control.progress(STAGE, (double) n / steps);
		}
		List<double[]> profiles = new ArrayList<>();
		for (int i = 0; i < x.length; i++) {
			double[] row = new double[1 + snapshotsRho.size()];
			row[0] = x[i];
			for (int k = 0; k < snapshotsRho.size(); k++) {
				row[k + 1] = snapshotsRho.get(k)[i];
			}
			profiles.add(row);
		}
		return new Result(currents, profiles, columns, steadyAfter);
	}

	private DragTransient() {
	}
}
