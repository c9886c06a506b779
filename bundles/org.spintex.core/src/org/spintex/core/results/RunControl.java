package org.spintex.core.results;

/** How a running engine reports progress and learns that it should stop. */
public interface RunControl {

	/** Progress of the current stage, from 0 to 1. */
	void progress(String stage, double fraction);

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
