package org.spintex.toystudy;

import java.util.List;

import org.spintex.core.physics.PhysicalConstants;
import org.spintex.core.results.RunCancelledException;
import org.spintex.input.EngineContext;
import org.spintex.input.StudyEngine;

/**
 * The toy kind's engine: the Landau–Lifshitz–Gilbert equation of one moment in a field B along +z,
 * dm/dt = −γ/(1 + α²) [m × B + α m × (m × B)], by classical fixed-step RK4, written as a growing table and
 * the final direction's polar and azimuthal angles.
 */
public final class LarmorPrecession implements StudyEngine<LarmorInput> {

	private static final List<String> COLUMNS = List.of("t [s]", "mx", "my", "mz");

	@Override
	public Class<LarmorInput> inputType() {
		return LarmorInput.class;
	}

	@Override
	public void run(LarmorInput input, EngineContext context) {
		double rate = PhysicalConstants.ELECTRON_GYROMAGNETIC_RATIO * input.fieldTesla() / (1 + input.damping() * input.damping());
		double dt = input.durationSecond() / input.steps();
		double[] m = { Math.sin(input.coneAngleRadian()), 0, Math.cos(input.coneAngleRadian()) };
		double turns = 0; // the azimuth unwrapped: each jump from +π to −π of atan2 is a full counter-clockwise turn
		double previousAzimuth = 0;
		context.sink().row("trajectory", COLUMNS, new double[] { 0, m[0], m[1], m[2] });
		for (int step = 1; step <= input.steps(); step++) {
			if (context.control().cancelled()) {
				throw new RunCancelledException("the precession");
			}
			m = rk4(m, rate, input.damping(), dt);
			double azimuth = Math.atan2(m[1], m[0]);
			if (azimuth < previousAzimuth - Math.PI) {
				turns++;
			}
			previousAzimuth = azimuth;
			context.control().progress("precession", (double) step / input.steps());
			context.sink().row("trajectory", COLUMNS, new double[] { step * dt, m[0], m[1], m[2] });
		}
		context.sink().scalar("final-polar-angle", Math.acos(Math.max(-1, Math.min(1, m[2]))), "rad");
		context.sink().scalar("final-azimuth", 2 * Math.PI * turns + previousAzimuth, "rad");
	}

	private static double[] rk4(double[] m, double rate, double alpha, double dt) {
		double[] k1 = rhs(m, rate, alpha);
		double[] k2 = rhs(add(m, k1, dt / 2), rate, alpha);
		double[] k3 = rhs(add(m, k2, dt / 2), rate, alpha);
		double[] k4 = rhs(add(m, k3, dt), rate, alpha);
		double[] next = new double[3];
		for (int i = 0; i < 3; i++) {
			next[i] = m[i] + dt / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
		}
		double norm = Math.sqrt(next[0] * next[0] + next[1] * next[1] + next[2] * next[2]);
		return new double[] { next[0] / norm, next[1] / norm, next[2] / norm };
	}

	/** −rate [m × ẑ + α m × (m × ẑ)], with B = B ẑ folded into {@code rate}. */
	private static double[] rhs(double[] m, double rate, double alpha) {
		double[] mxz = { m[1], -m[0], 0 };
		double[] mxmxz = { m[1] * mxz[2] - m[2] * mxz[1], m[2] * mxz[0] - m[0] * mxz[2], m[0] * mxz[1] - m[1] * mxz[0] };
		return new double[] { -rate * (mxz[0] + alpha * mxmxz[0]), -rate * (mxz[1] + alpha * mxmxz[1]),
				-rate * (mxz[2] + alpha * mxmxz[2]) };
	}

	private static double[] add(double[] m, double[] k, double h) {
		return new double[] { m[0] + h * k[0], m[1] + h * k[1], m[2] + h * k[2] };
	}
}
