package org.spintex.engine.llg.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.spintex.core.results.ProgressStage;
import org.spintex.engine.llg.solver.TimeEvolution;
import org.spintex.input.GroundStateSearch;
import org.spintex.input.IntegratorKind;
import org.spintex.input.MicromagneticInput;

/**
 * The stages of a micromagnetic run and what each is expected to cost, in effective-field evaluations
 * (the demag convolution makes one evaluation the unit of work), so that one progress bar covers the
 * ground-state search and the time evolution in proportion.
 */
public final class ExpectedCost {

	/**
	 * Integration steps a relaxation typically takes (the standard problems and the seed films settle in
	 * 10³–10⁴ Dormand–Prince steps); its real length shows only as it converges.
	 */
	static final long TYPICAL_RELAX_STEPS = 3_000;
	/** Iterations a Barzilai–Borwein minimisation typically takes (SP4 minimises in about 3,000). */
	static final long TYPICAL_MINIMIZE_ITERATIONS = 3_000;

	private ExpectedCost() {
	}

	/** The stages of the run, in order: the ground-state search (unless resumed past it), then the dynamics. */
	static List<ProgressStage> stages(MicromagneticInput input, boolean resumed) {
		List<ProgressStage> stages = new ArrayList<>();
		if (!resumed) {
			groundState(input.groundState()).ifPresent(stages::add);
		}
		if (input.durationSeconds() > 0) {
			stages.add(timeEvolution(input.durationSeconds(), input.timeStepSeconds(), input.integrator()));
		}
		return stages;
	}

	/** The ground-state search, under the name it reports progress by; none for {@code none}. */
	public static Optional<ProgressStage> groundState(GroundStateSearch search) {
		return switch (search.method()) {
		case RELAX -> Optional.of(new ProgressStage("relax",
				evaluationsPerStep(IntegratorKind.RK45) * Math.min(search.maxIterations(), TYPICAL_RELAX_STEPS)));
		case MINIMIZE -> Optional.of(new ProgressStage("minimize", Math.min(search.maxIterations(), TYPICAL_MINIMIZE_ITERATIONS)));
		case NONE -> Optional.empty();
		};
	}

	/** A time evolution over {@code durationSeconds} from the (first) step {@code stepSeconds}. */
	public static ProgressStage timeEvolution(double durationSeconds, double stepSeconds, IntegratorKind integrator) {
		return new ProgressStage(TimeEvolution.STAGE,
				evaluationsPerStep(integrator) * Math.max(1, Math.ceil(durationSeconds / stepSeconds)));
	}

	/**
	 * Field evaluations per accepted step: Heun 2, RK4 4, Dormand–Prince 6 (7 stages, the last reused as
	 * the next step's first). An adaptive run's step count is estimated from its first step.
	 */
	static int evaluationsPerStep(IntegratorKind kind) {
		return switch (kind) {
		case HEUN -> 2;
		case RK4 -> 4;
		case RK45 -> 6;
		};
	}
}
