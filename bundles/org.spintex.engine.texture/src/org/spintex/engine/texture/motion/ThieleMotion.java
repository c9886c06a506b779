package org.spintex.engine.texture.motion;

import java.util.List;
import java.util.SplittableRandom;

import org.spintex.core.collective.ThieleTensors;
import org.spintex.core.results.RunCancelledException;
import org.spintex.core.results.RunControl;
import org.spintex.engine.texture.force.Force;

/**
 * The centre X of a rigid texture moving by the Thiele equation of seed 002 eqs. (88)–(90),
 * η̂·Ẋ + G ẑ × Ẋ = F(X) + F_current + F_thermal(t), with F = −∇U of the potentials, the current's force of
 * eq. (87) and, at temperature T, the thermal force of the fluctuation–dissipation theorem,
 * ⟨F_i(t)F_j(t′)⟩ = 2k_BT η_ij δ(t − t′) (as for seed 000's Brownian skyrmions). Ẋ = µ̂·(…) with the
 * mobility µ̂ = (η̂ + Ĝ)⁻¹; the thermal force is additive, so Heun's predictor–corrector converges to the
 * solution in the strong sense and is second order without noise.
 *
 * <p>Along with the path it keeps the energy ledger: the work of the current, the potential energy, and
 * the friction's dissipation Ẋ·η̂·Ẋ (the gyrotropic force does no work), so that without noise
 * W_current = ΔU + Q_dissipated.
 */
public final class ThieleMotion {

	/** The name this stage reports progress under. */
	public static final String STAGE = "thiele";
	/** Steps of a run at the suggested time step when no potential or drift asks for shorter ones. */
	public static final int STEPS_PER_RUN = 1000;


	/** A point of the path; velocities are the deterministic drift µ̂·F at X. */
	public record Row(double timeSecond, double xMetre, double yMetre, double vxMetrePerSecond, double vyMetrePerSecond,
			double potentialJoule, double currentWorkJoule, double dissipatedJoule) {

		public double[] values() {
			return new double[] { timeSecond, xMetre, yMetre, vxMetrePerSecond, vyMetrePerSecond, potentialJoule,
					currentWorkJoule, dissipatedJoule };
		}
	}

	public static final List<String> COLUMNS = List.of("t [s]", "x [m]", "y [m]", "vx [m/s]", "vy [m/s]", "U [J]",
			"W_current [J]", "Q_dissipated [J]");

	/** Receives every output row. */
	@FunctionalInterface
	public interface Observer {
		void row(Row row);
	}

	/** The path left the finite numbers: the last good row and why. */
	public static final class Blowup extends RuntimeException {

		private static final long serialVersionUID = 1L;
		private final transient Row lastGood;

		Blowup(String message, Row lastGood) {
			super(message);
			this.lastGood = lastGood;
		}

		public Row lastGood() {
			return lastGood;
		}
	}

	private final ThieleTensors thiele;
	private final double[] mobility;
	private final List<Potential> potentials;
	private final Force current;
	private final double boltzmannTemperatureJoule;
	private final long seed;

	public ThieleMotion(ThieleTensors thiele, List<Potential> potentials, Force current, double boltzmannTemperatureJoule,
			long seed) {
		if (boltzmannTemperatureJoule > 0 && !(thiele.viscosityXX() > 0 && thiele.viscosityYY() > 0)) {
			throw new IllegalArgumentException("thermal motion needs friction: the damping α must be positive");
		}
		this.thiele = thiele;
		this.mobility = thiele.mobility();
		this.potentials = List.copyOf(potentials);
		this.current = current;
		this.boltzmannTemperatureJoule = boltzmannTemperatureJoule;
		this.seed = seed;
	}

	/**
	 * A step that resolves the fastest motion: a fiftieth of the relaxation or gyration time in the stiffest
	 * potential, a twentieth of the time to cross its shortest length at the free velocity, and at most a
	 * thousandth of the run.
	 */
	public double suggestedTimeStep(double durationSeconds) {
		double step = durationSeconds / STEPS_PER_RUN;
		double response = Math.sqrt(Math.abs(mobility[0] * mobility[3] - mobility[1] * mobility[2]));
		for (Potential p : potentials) {
			step = Math.min(step, 0.02 / (p.maxCurvature() * response));
			double[] v = velocity(new double[] { current.xNewton(), current.yNewton() });
			double speed = Math.hypot(v[0], v[1]);
			if (speed > 0 && Double.isFinite(p.lengthScale())) {
				step = Math.min(step, 0.05 * p.lengthScale() / speed);
			}
		}
		return step;
	}

	/** The total deterministic force at (x, y): the potentials' and the current's, in N. */
	public double[] force(double xMetre, double yMetre) {
		double[] f = { current.xNewton(), current.yNewton() };
		for (Potential p : potentials) {
			p.addForce(xMetre, yMetre, f);
		}
		return f;
	}

	public double energy(double xMetre, double yMetre) {
		double u = 0;
		for (Potential p : potentials) {
			u += p.energy(xMetre, yMetre);
		}
		return u;
	}

	/** Integrates from (x0, y0) over {@code durationSeconds}, a row every {@code outputEverySeconds}. */
	public Row run(double x0, double y0, double durationSeconds, double stepSeconds, double outputEverySeconds,
			Observer observer, RunControl control) {
		SplittableRandom random = new SplittableRandom(seed);
		double[] choleskyEta = boltzmannTemperatureJoule > 0 ? cholesky() : null;
		double x = x0, y = y0, t = 0, work = 0, dissipated = 0;
		Row row = row(t, x, y, work, dissipated);
		observer.row(row);
		long outputs = 1;
		double nextOutput = Math.min(outputEverySeconds, durationSeconds);
		while (t < durationSeconds * (1 - 1e-12)) {
			if (control.cancelled()) {
				throw new RunCancelledException("cancelled at t = " + t + " s");
			}
			double dt = Math.min(stepSeconds, nextOutput - t);
			double px = 0, py = 0;
			if (choleskyEta != null) {
				// the thermal impulse over dt: Gaussian with covariance 2k_BT η̂ dt
				double scale = Math.sqrt(2 * boltzmannTemperatureJoule * dt);
				double n1 = random.nextGaussian(), n2 = random.nextGaussian();
				px = scale * choleskyEta[0] * n1;
				py = scale * (choleskyEta[1] * n1 + choleskyEta[2] * n2);
			}
			double[] v1 = velocity(force(x, y));
			double dxNoise = mobility[0] * px + mobility[1] * py, dyNoise = mobility[2] * px + mobility[3] * py;
			double xp = x + v1[0] * dt + dxNoise, yp = y + v1[1] * dt + dyNoise;
			double[] v2 = velocity(force(xp, yp));
			double nx = x + 0.5 * (v1[0] + v2[0]) * dt + dxNoise;
			double ny = y + 0.5 * (v1[1] + v2[1]) * dt + dyNoise;
			if (!Double.isFinite(nx) || !Double.isFinite(ny)) {
				throw new Blowup("the Thiele path left the finite numbers at t = " + t + " s", row);
			}
			work += current.xNewton() * (nx - x) + current.yNewton() * (ny - y);
			dissipated += 0.5 * (thiele.dissipation(v1[0], v1[1]) + thiele.dissipation(v2[0], v2[1])) * dt;
			x = nx;
			y = ny;
			t += dt;
			if (t >= nextOutput * (1 - 1e-12)) {
				t = nextOutput;
				row = row(t, x, y, work, dissipated);
				observer.row(row);
				outputs++;
				nextOutput = Math.min(outputs * outputEverySeconds, durationSeconds);
				control.progress(STAGE, t / durationSeconds);
			}
		}
		return row;
	}

	private Row row(double t, double x, double y, double work, double dissipated) {
		double[] v = velocity(force(x, y));
		return new Row(t, x, y, v[0], v[1], energy(x, y), work, dissipated);
	}

	private double[] velocity(double[] f) {
		return new double[] { mobility[0] * f[0] + mobility[1] * f[1], mobility[2] * f[0] + mobility[3] * f[1] };
	}

	/** {l11, l21, l22}: η̂ = L Lᵀ. */
	private double[] cholesky() {
		double l11 = Math.sqrt(thiele.viscosityXX());
		double l21 = thiele.viscosityXY() / l11;
		return new double[] { l11, l21, Math.sqrt(thiele.viscosityYY() - l21 * l21) };
	}
}
