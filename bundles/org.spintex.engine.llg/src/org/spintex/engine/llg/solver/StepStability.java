package org.spintex.engine.llg.solver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.spintex.engine.llg.term.FieldTerm;

/**
 * The linear stability of a fixed-step explicit Runge–Kutta method on the LLG equation.
 *
 * <p>Linearised about any state, an excitation whose field stiffness is B evolves as e^{λt} with
 * λ = −γB(α + i)/(1 + α²) (the Landau–Lifshitz form), and B never exceeds the sum of the terms'
 * {@link FieldTerm#precessionBoundTesla() precession bounds}. One step of size h multiplies the excitation by
 * R(hλ), the method's stability polynomial (Heun: 1 + z + z²/2; RK4: Σ zⁿ/n!, n ≤ 4). Along the ray of λ's direction
 * the set where |R| ≤ 1 starts at the origin, so a step is stable for every excitation when
 * h ≤ r_max(α)·√(1 + α²)/(γB_max), r_max the first radius on that ray where |R| exceeds 1.
 *
 * <p>Without damping Heun's |R(iy)|² = 1 + y⁴/4 exceeds 1 for every step, and with weak damping r_max ≈ 2α^{1/3}: the
 * excitations then grow slowly rather than explode. A step is accepted when no excitation grows by more than
 * {@value #RUN_GROWTH} over the whole run, i.e. |R| ≤ (1 + {@value #RUN_GROWTH})^{1/N} for a run of N steps; RK4
 * reaches 2√2 on the imaginary axis, so it needs no such allowance.
 */
public final class StepStability {

	/** The largest growth of any excitation over a whole run that still counts as stable. */
	public static final double RUN_GROWTH = 0.01;

	/** Heun's stability polynomial, coefficients of z⁰, z¹, z². */
	public static final double[] HEUN = { 1, 1, 0.5 };
	/** The classical fourth-order Runge–Kutta method's, z⁰ … z⁴. */
	public static final double[] RK4 = { 1, 1, 0.5, 1.0 / 6, 1.0 / 24 };

	private static final double LARGEST_RADIUS = 8;
	private static final double SCAN = 1e-3;

	private StepStability() {
	}

	/**
	 * What limits a fixed step for an equation.
	 *
	 * @param stepSecond the largest stable step
	 * @param fastestRadPerSecond γB_max, the fastest precession of any excitation
	 * @param boundsTesla each term's precession bound, by term name
	 * @param alpha the Gilbert damping the limit was computed for
	 */
	public record Limit(double stepSecond, double fastestRadPerSecond, Map<String, Double> boundsTesla, double alpha) {

		/** The terms' bounds, the largest first: "exchange 17.1 T, demag 1.01 T". */
		public String breakdown() {
			return boundsTesla.entrySet().stream().filter(e -> e.getValue() > 0)
					.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
					.map(e -> String.format(Locale.ROOT, "%s %.3g T", e.getKey(), e.getValue())).collect(Collectors.joining(", "));
		}
	}

	/**
	 * The stable step of the method with stability polynomial {@code polynomial} for {@code equation}, in a run of
	 * {@code durationSecond} at steps of about {@code stepSecond} (which set the allowed growth per step).
	 */
	public static Limit of(LlgEquation equation, double[] polynomial, double stepSecond, double durationSecond) {
		Map<String, Double> bounds = new LinkedHashMap<>();
		double sum = 0;
		for (FieldTerm term : equation.fieldTerms()) {
			double b = term.precessionBoundTesla();
			bounds.merge(term.name(), b, Double::sum);
			sum += b;
		}
		double steps = Math.max(1, Math.ceil(durationSecond / stepSecond));
		// the films of a stack may differ in α and γ: the step must be stable for the least favourable of them
		Limit worst = null;
		for (List<Double> dynamics : equation.magnet().dynamicsParameters()) {
			double alpha = dynamics.get(0);
			double omega = dynamics.get(1) * sum;
			double radius = stabilityRadius(polynomial, alpha, Math.pow(1 + RUN_GROWTH, 1 / steps));
			double limit = omega > 0 ? radius * Math.sqrt(1 + alpha * alpha) / omega : Double.POSITIVE_INFINITY;
			if (worst == null || limit < worst.stepSecond()) {
				worst = new Limit(limit, omega, Map.copyOf(bounds), alpha);
			}
		}
		return worst != null ? worst : new Limit(Double.POSITIVE_INFINITY, 0, Map.copyOf(bounds), 0);
	}

	/**
	 * r_max: the first radius r on the ray z = r·e^{iφ}, e^{iφ} = −(α + i)/√(1 + α²), where |R(z)| exceeds
	 * {@code growth}, found by a scan and refined by bisection.
	 */
	public static double stabilityRadius(double[] polynomial, double alpha, double growth) {
		double norm = Math.sqrt(1 + alpha * alpha);
		double cos = -alpha / norm, sin = -1 / norm;
		double previous = 0;
		for (double r = SCAN; r <= LARGEST_RADIUS; r += SCAN) {
			if (amplification(polynomial, r * cos, r * sin) > growth) {
				double low = previous, high = r;
				for (int i = 0; i < 60; i++) {
					double mid = 0.5 * (low + high);
					if (amplification(polynomial, mid * cos, mid * sin) > growth) {
						high = mid;
					} else {
						low = mid;
					}
				}
				return low;
			}
			previous = r;
		}
		return LARGEST_RADIUS;
	}

	/** |R(x + iy)| by Horner's rule in complex arithmetic. */
	static double amplification(double[] polynomial, double x, double y) {
		double re = 0, im = 0;
		for (int n = polynomial.length - 1; n >= 0; n--) {
			double r = re * x - im * y + polynomial[n];
			im = re * y + im * x;
			re = r;
		}
		return Math.hypot(re, im);
	}
}
