package org.spintex.core.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.spintex.core.parallel.CellLoops;

/**
 * Adaptive Gauss–Kronrod quadrature (7-point Gauss embedded in 15-point Kronrod, QUADPACK's QAG rule)
 * of a vector-valued integrand over [a, b] with break points: the interval is first cut at the break
 * points (where the integrand has kinks or steps), then the sub-intervals with the largest error
 * estimates are halved until the summed estimate is below max(absolute, relative·‖I‖) in the max
 * norm over components. The sub-intervals of one round are evaluated in parallel and the result is
 * summed in the order of the intervals, so it does not depend on the number of threads.
 */
public final class GaussKronrod {

	/** A vector-valued integrand: writes f(x) into {@code value} (length fixed per integration). */
	@FunctionalInterface
	public interface Integrand {
		void evaluate(double x, double[] value);
	}

	/** The integral, its error estimate (max norm) and the work it took. */
	public record Result(double[] integral, double errorEstimate, int intervals, int evaluations, boolean converged) {
	}

	private static final double[] NODES = { 0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
			0.864864423359769072789712788640926, 0.741531185599394439863864773280788, 0.586087235467691130294144845693013,
			0.405845151377397166906606412076961, 0.207784955007898467600689403773245, 0 };
	private static final double[] KRONROD_WEIGHTS = { 0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
			0.104790010322250183839876322541518, 0.140653259715525918745189590510238, 0.169004726639267902826583426598550,
			0.190350578064785409913256402421014, 0.204432940075298892414161999234649, 0.209482141084727828012999174891714 };
	/** Weights of the 7-point Gauss rule, whose nodes are the odd-indexed Kronrod nodes 1, 3, 5, 7. */
	private static final double[] GAUSS_WEIGHTS = { 0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
			0.381830050505118944950369775488975, 0.417959183673469387755102040816327 };

	private final double absoluteTolerance;
	private final double relativeTolerance;
	private final int maxIntervals;
	private final CellLoops loops;

	public GaussKronrod(double absoluteTolerance, double relativeTolerance, int maxIntervals, CellLoops loops) {
		if (!(absoluteTolerance >= 0 && relativeTolerance >= 0 && absoluteTolerance + relativeTolerance > 0)) {
			throw new IllegalArgumentException("quadrature tolerances must be non-negative and not both zero");
		}
		this.absoluteTolerance = absoluteTolerance;
		this.relativeTolerance = relativeTolerance;
		this.maxIntervals = maxIntervals;
		this.loops = loops;
	}

	private static final class Interval {
		final double a, b;
		double[] integral;
		double error;

		Interval(double a, double b) {
			this.a = a;
			this.b = b;
		}
	}

	/**
	 * ∫_a^b f(x) dx for an integrand of {@code dimension} components, cut first at those {@code breakPoints}
	 * that lie strictly inside (a, b).
	 */
	public Result integrate(Integrand f, int dimension, double a, double b, double... breakPoints) {
		if (!(b > a)) {
			throw new IllegalArgumentException("the integration interval must have b > a, got [" + a + ", " + b + "]");
		}
		double[] cuts = Arrays.stream(breakPoints).filter(x -> x > a && x < b).sorted().distinct().toArray();
		List<Interval> intervals = new ArrayList<>();
		double left = a;
		for (double cut : cuts) {
			intervals.add(new Interval(left, cut));
			left = cut;
		}
		intervals.add(new Interval(left, b));
		evaluate(f, dimension, intervals);
		int evaluations = 15 * intervals.size();
		while (true) {
			double[] total = sum(intervals, dimension);
			double error = 0;
			for (Interval interval : intervals) {
				error += interval.error;
			}
			double target = Math.max(absoluteTolerance, relativeTolerance * maxNorm(total));
			if (error <= target || intervals.size() >= maxIntervals) {
				return new Result(total, error, intervals.size(), evaluations, error <= target);
			}
			// halve every interval whose error exceeds its share of the target, worst first
			List<Interval> sorted = new ArrayList<>(intervals);
			sorted.sort(Comparator.comparingDouble((Interval i) -> -i.error));
			List<Interval> children = new ArrayList<>();
			double remaining = error;
			for (Interval worst : sorted) {
				if (remaining <= target || intervals.size() + children.size() / 2 >= maxIntervals) {
					break;
				}
				double mid = 0.5 * (worst.a + worst.b);
				if (!(mid > worst.a && mid < worst.b)) {
					continue; // cannot be halved in floating point
				}
				intervals.remove(worst);
				children.add(new Interval(worst.a, mid));
				children.add(new Interval(mid, worst.b));
				remaining -= worst.error;
			}
			if (children.isEmpty()) {
				return new Result(total, error, intervals.size(), evaluations, false);
			}
			evaluate(f, dimension, children);
			evaluations += 15 * children.size();
			intervals.addAll(children);
			intervals.sort(Comparator.comparingDouble((Interval i) -> i.a));
		}
	}

	private void evaluate(Integrand f, int dimension, List<Interval> intervals) {
		loops.forEachTask(intervals.size(), 1, (first, end) -> {
			double[] value = new double[dimension];
			for (int i = first; i < end; i++) {
				rule(f, dimension, intervals.get(i), value);
			}
		});
	}

	/** The 15-point Kronrod estimate of one interval, and |Kronrod − Gauss| as its error (max norm). */
	private static void rule(Integrand f, int dimension, Interval interval, double[] value) {
		double centre = 0.5 * (interval.a + interval.b), half = 0.5 * (interval.b - interval.a);
		double[] kronrod = new double[dimension], gauss = new double[dimension];
		for (int n = 0; n < NODES.length; n++) {
			int sides = n == NODES.length - 1 ? 1 : 2;
			for (int side = 0; side < sides; side++) {
				double x = centre + (side == 0 ? -1 : 1) * half * NODES[n];
				Arrays.fill(value, 0);
				f.evaluate(x, value);
				for (int c = 0; c < dimension; c++) {
					kronrod[c] += KRONROD_WEIGHTS[n] * value[c];
					if (n % 2 == 1) {
						gauss[c] += GAUSS_WEIGHTS[n / 2] * value[c];
					}
				}
			}
		}
		double error = 0;
		for (int c = 0; c < dimension; c++) {
			kronrod[c] *= half;
			error = Math.max(error, Math.abs(kronrod[c] - half * gauss[c]));
		}
		interval.integral = kronrod;
		interval.error = error;
	}

	private static double[] sum(List<Interval> intervals, int dimension) {
		double[] total = new double[dimension];
		for (Interval interval : intervals) {
			for (int c = 0; c < dimension; c++) {
				total[c] += interval.integral[c];
			}
		}
		return total;
	}

	private static double maxNorm(double[] v) {
		double max = 0;
		for (double x : v) {
			max = Math.max(max, Math.abs(x));
		}
		return max;
	}
}
