package org.spintex.engine.llg.solver;

/** A time stepper for the LLG equation. */
public interface Integrator {

	/**
	 * Advances {@code state} by one accepted step of at most {@code maxStepSecond}, renormalising m.
	 *
	 * @throws IntegrationFailure on NaN or step-size collapse, with m left at the last good state
	 */
	void step(LlgEquation equation, MagnetizationState state, double maxStepSecond);

	/** Forgets cached stage values, after anything but this integrator changed m or the equation. */
	default void reset() {
	}

	/**
	 * Refuses a fixed step above the method's stability limit for {@code equation} over a run of
	 * {@code durationSecond} ({@link StepStability}); adaptive methods choose stable steps themselves.
	 *
	 * @throws IllegalArgumentException naming the limit, what sets it and what to do
	 */
	default void requireStableStep(LlgEquation equation, double durationSecond) {
	}
}
