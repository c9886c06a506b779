package org.spintex.core.results;

import java.util.List;

/** How a running engine reports progress and learns that it should stop. */
public interface RunControl {

	/**
	 * Progress of the stage {@code stage}: the fraction of that stage done, from 0 to 1 (not of the whole
	 * run). A stage that reports again after another one has started is taken as a new pass of it.
	 */
	void progress(String stage, double fraction);

	/**
	 * The stages this run will go through, in order, with their expected costs, so that one progress
	 * value for the whole run can be shown (console, progress bar, ETA). An engine that runs one stage
	 * need not call it; one that learns more on the way may call it again with the stages still ahead.
	 */
	default void plan(List<ProgressStage> stages) {
	}

	/** True once the user asked to stop; the engine then throws {@link RunCancelledException}. */
	boolean cancelled();

	/** A control that never cancels and reports nothing. */
	RunControl NONE = new RunControl() {
		@Override
		public void progress(String stage, double fraction) {
		}

		@Override
		public boolean cancelled() {
			return false;
		}
	};
}
