package org.spintex.runner.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.LongSupplier;

import org.spintex.core.results.ProgressStage;

/**
 * The one progress value of a run, which the console, the workbench's progress bar and its status
 * bar all show: each point's stages are laid out on [0, 1] by the expected costs its engine planned
 * ({@link org.spintex.core.results.RunControl#plan}); a stage that ends sooner than planned (a
 * relaxation that converges early) hands its unused share to the stages after it, so that the bar
 * neither jumps nor stalls; a sweep is the mean over its points (an ended
 * point counts 1), and the ETA extrapolates the elapsed time linearly in that value. The value never
 * goes back. Thread-safe: the points of a sweep report from their own threads.
 */
public final class RunProgress {

	/** Where the run stands. {@code stage} is the single point's current stage, or null for a sweep. */
	public record Snapshot(double fraction, String stage, int pointsEnded, int points, double elapsedSeconds,
			OptionalDouble etaSeconds) {

		/** "time evolution 35 % (12.0 s, ETA 22 s)", or for a sweep "3/12 points 27 % (…)". */
		public String describe() {
			String what = points > 1 ? pointsEnded + "/" + points + " points" : stage == null ? "starting" : stage;
			return String.format(Locale.ROOT, "%s %d %% (%.1f s%s)", what, (int) Math.floor(100 * fraction + 1e-9),
					elapsedSeconds, etaSeconds.isPresent() ? String.format(Locale.ROOT, ", ETA %.1f s", etaSeconds.getAsDouble())
							: "");
		}
	}

	/** One stage of one point as a slice [from, to] of that point's progress, with its planned cost. */
	private record Slice(String stage, double cost, double from, double to) {
	}

	/** The progress of one point along its slices. */
	private static final class PointProgress {
		private final List<Slice> slices = new ArrayList<>();
		private int current = -1;
		private double fraction;
		private boolean ended;

		/** The stages still ahead share what is left of [0, 1] in proportion to their expected costs. */
		void plan(List<ProgressStage> stages) {
			slices.subList(current + 1, slices.size()).clear();
			stages.forEach(stage -> slices.add(new Slice(stage.name(), stage.expectedCost(), fraction, fraction)));
			layOut(current + 1);
		}

		/** Slices {@code first}… share [fraction, 1] by their costs. */
		private void layOut(int first) {
			double total = 0;
			for (int i = first; i < slices.size(); i++) {
				total += slices.get(i).cost();
			}
			double from = fraction;
			for (int i = first; i < slices.size(); i++) {
				Slice slice = slices.get(i);
				double to = total > 0 ? from + (1 - fraction) * slice.cost() / total : from;
				slices.set(i, new Slice(slice.stage(), slice.cost(), from, to));
				from = to;
			}
		}

		void stage(String stage, double stageFraction) {
			int found = -1;
			for (int i = Math.max(current, 0); i < slices.size() && found < 0; i++) {
				if (slices.get(i).stage().equals(stage)) {
					found = i;
				}
			}
			if (found > current && found >= 0 && fraction < slices.get(found).from()) {
				// the stages before ended sooner than planned: what they left unused goes to the stages ahead
				layOut(found);
			}
			if (found < 0) {
				// a stage nobody planned: inside a plan it takes no share of its own; without one, the
				// first such stage spans the whole point and each later one half of what is left
				found = current + 1;
				boolean planAhead = found < slices.size();
				double to = planAhead ? fraction : slices.isEmpty() ? 1 : fraction + (1 - fraction) / 2;
				slices.add(found, new Slice(stage, 0, fraction, to));
			}
			current = found;
			Slice slice = slices.get(found);
			double clamped = Double.isNaN(stageFraction) ? 0 : Math.max(0, Math.min(1, stageFraction));
			fraction = Math.max(fraction, slice.from() + (slice.to() - slice.from()) * clamped);
		}

		String stage() {
			return current < 0 ? null : slices.get(current).stage();
		}
	}

	static final double ETA_AFTER_FRACTION = 0.01;
	static final double ETA_AFTER_SECONDS = 1;

	private final PointProgress[] points;
	private final LongSupplier nanoClock;
	private final long start;

	/** A run of {@code points} points, timed by {@link System#nanoTime()}. */
	public RunProgress(int points) {
		this(points, System::nanoTime);
	}

	/** A run of {@code points} points, timed by {@code nanoClock}. */
	public RunProgress(int points, LongSupplier nanoClock) {
		if (points < 1) {
			throw new IllegalArgumentException("a run has at least one point");
		}
		this.points = new PointProgress[points];
		for (int i = 0; i < points; i++) {
			this.points[i] = new PointProgress();
		}
		this.nanoClock = nanoClock;
		this.start = nanoClock.getAsLong();
	}

	/** Point {@code slot} (its position in the run, from 0) plans the stages ahead of it. */
	public synchronized Snapshot plan(int slot, List<ProgressStage> stages) {
		if (!stages.isEmpty()) {
			points[slot].plan(stages);
		}
		return snapshot();
	}

	/** Point {@code slot} is at {@code fraction} of its stage {@code stage}. */
	public synchronized Snapshot stage(int slot, String stage, double fraction) {
		points[slot].stage(stage, fraction);
		return snapshot();
	}

	/** Point {@code slot} has ended, whichever way. */
	public synchronized Snapshot ended(int slot) {
		points[slot].ended = true;
		points[slot].fraction = 1;
		return snapshot();
	}

	public synchronized Snapshot snapshot() {
		double sum = 0;
		int ended = 0;
		for (PointProgress point : points) {
			sum += point.fraction;
			ended += point.ended ? 1 : 0;
		}
		double fraction = sum / points.length;
		double elapsed = (nanoClock.getAsLong() - start) / 1e9;
		// no estimate from too little: the first percent and the first second say nothing about the rest
		OptionalDouble eta = fraction >= 1 ? OptionalDouble.of(0)
				: fraction >= ETA_AFTER_FRACTION && elapsed >= ETA_AFTER_SECONDS
						? OptionalDouble.of(elapsed * (1 - fraction) / fraction) : OptionalDouble.empty();
		return new Snapshot(fraction, points.length == 1 ? points[0].stage() : null, ended, points.length, elapsed, eta);
	}
}
