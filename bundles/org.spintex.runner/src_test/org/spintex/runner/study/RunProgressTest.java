package org.spintex.runner.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.spintex.core.results.ProgressStage;

/** The one progress value of a run: stages in proportion to their planned costs, sweeps by points, an ETA. */
class RunProgressTest {

	private final AtomicLong clock = new AtomicLong();

	@Test
	void plannedStagesShareTheBarInProportionToTheirCosts() {
		RunProgress progress = new RunProgress(1, clock::get);
		progress.plan(0, List.of(new ProgressStage("relax", 1), new ProgressStage("time evolution", 3)));
		assertEquals(0.125, progress.stage(0, "relax", 0.5).fraction(), 1e-12);
		assertEquals(0.25, progress.stage(0, "relax", 1).fraction(), 1e-12);
		assertEquals(0.25, progress.stage(0, "time evolution", 0).fraction(), 1e-12);
		assertEquals(0.625, progress.stage(0, "time evolution", 0.5).fraction(), 1e-12);
		assertEquals("time evolution", progress.snapshot().stage());
		assertEquals(1, progress.ended(0).fraction(), 1e-12);
	}

	@Test
	void aStageThatEndsEarlyHandsItsShareToTheStagesAfterIt() {
		RunProgress progress = new RunProgress(1, clock::get);
		progress.plan(0, List.of(new ProgressStage("relax", 1), new ProgressStage("time evolution", 3)));
		progress.stage(0, "relax", 0.5);
		// the relaxation converged at half its budget: no jump to 25 %, the dynamics spans the rest
		assertEquals(0.125, progress.stage(0, "time evolution", 0).fraction(), 1e-12);
		assertEquals(0.125 + 0.875 / 2, progress.stage(0, "time evolution", 0.5).fraction(), 1e-12);
	}

	@Test
	void theValueNeverGoesBack() {
		RunProgress progress = new RunProgress(1, clock::get);
		progress.plan(0, List.of(new ProgressStage("relax", 1), new ProgressStage("time evolution", 1)));
		progress.stage(0, "relax", 0.8);
		// a convergence measure may get worse for a while; the bar stays
		assertEquals(0.4, progress.stage(0, "relax", 0.3).fraction(), 1e-12);
		// an unplanned stage with planned ones still ahead takes no share and moves nothing
		assertEquals(0.4, progress.stage(0, "checkpoint", 0.9).fraction(), 1e-12);
		assertEquals(0.7, progress.stage(0, "time evolution", 0.5).fraction(), 1e-12);
		// a stage that comes back after a later one started is a new pass, with half of what is left
		assertEquals(0.7, progress.stage(0, "relax", 0).fraction(), 1e-12);
		assertEquals(0.85, progress.stage(0, "relax", 1).fraction(), 1e-12);
	}

	@Test
	void withoutAPlanTheFirstStageSpansTheRunAndALaterOneHalfOfWhatIsLeft() {
		RunProgress progress = new RunProgress(1, clock::get);
		assertEquals(0.6, progress.stage(0, "transient", 0.6).fraction(), 1e-12);
		assertEquals(0.6, progress.stage(0, "extra", 0).fraction(), 1e-12);
		assertEquals(0.8, progress.stage(0, "extra", 1).fraction(), 1e-12);
	}

	@Test
	void aPlanMadeOnTheWaySharesWhatIsLeft() {
		RunProgress progress = new RunProgress(1, clock::get);
		progress.plan(0, List.of(new ProgressStage("relax", 1), new ProgressStage("time evolution", 1)));
		progress.stage(0, "relax", 1);
		progress.plan(0, List.of(new ProgressStage("time evolution", 1), new ProgressStage("check", 3)));
		assertEquals(0.5 + 0.5 * 0.25 * 0.5, progress.stage(0, "time evolution", 0.5).fraction(), 1e-12);
		// the dynamics ended at half its share: the check starts where it stopped
		assertEquals(0.5625, progress.stage(0, "check", 0).fraction(), 1e-12);
	}

	@Test
	void aSweepIsTheMeanOverItsPointsAndHasNoSingleStage() {
		RunProgress progress = new RunProgress(4, clock::get);
		progress.ended(0);
		progress.ended(3);
		RunProgress.Snapshot snapshot = progress.stage(1, "relax", 0.5);
		assertEquals((1 + 0.5 + 0 + 1) / 4.0, snapshot.fraction(), 1e-12);
		assertEquals(2, snapshot.pointsEnded());
		assertNull(snapshot.stage());
		assertTrue(snapshot.describe().startsWith("2/4 points 62 %"), snapshot.describe());
	}

	@Test
	void theEtaExtrapolatesTheElapsedTimeLinearly() {
		RunProgress progress = new RunProgress(1, clock::get);
		assertTrue(progress.snapshot().etaSeconds().isEmpty(), "no estimate before any progress");
		clock.set(500_000_000L);
		assertTrue(progress.stage(0, "relax", 0.2).etaSeconds().isEmpty(), "none in the first second");
		clock.set(5_000_000_000L);
		assertTrue(progress.stage(0, "relax", 0.2).etaSeconds().isPresent());
		clock.set(10_000_000_000L);
		RunProgress.Snapshot snapshot = progress.stage(0, "relax", 0.25);
		assertEquals(10, snapshot.elapsedSeconds(), 1e-9);
		assertTrue(new RunProgress(1, clock::get).stage(0, "relax", 0.005).etaSeconds().isEmpty(), "none in the first percent");
		assertEquals(30, snapshot.etaSeconds().getAsDouble(), 1e-9);
		assertEquals("relax 25 % (10.0 s, ETA 30.0 s)", snapshot.describe());
	}
}
