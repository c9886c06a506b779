package org.spintex.core.results;

import java.util.List;

/**
 * Where an engine puts what it computes; the runner decides how it is stored (results.json, CSV,
 * OVF). Engines do no other output.
 */
public interface ResultSink {

	/** A named scalar result in SI, e.g. ("skyrmion-radius", 1.05e-8, "m"). */
	void scalar(String name, double value, String siUnit);

	/** A named result that is a word, e.g. ("regime", "gas"). */
	void word(String name, String value);

	/** A table: column headers with their units ("t [s]") and rows of numbers. */
	void table(String name, List<String> columns, List<double[]> rows);

	/**
	 * One row of a table that grows while the engine runs (the time series of a dynamics run): the
	 * runner writes it at once, so that a killed run keeps every row it produced.
	 */
	void row(String table, List<String> columns, double[] values);

	/** A field snapshot; {@code name} is the file stem, e.g. "m000012". */
	void field(String name, FieldSnapshot snapshot);

	/** The state a stopped run can resume from; the runner keeps only the latest. */
	void checkpoint(Checkpoint checkpoint);

	/**
	 * A table whose rows mix labels and numbers (each cell a {@code String} or a {@code Number}), e.g.
	 * the torque on each site per contribution.
	 */
	void labelledTable(String name, List<String> columns, List<Object[]> rows);

	/** A chart of this point's results; sinks that draw nothing ignore it. */
	default void chart(Chart chart) {
	}

	/** A chart of scalar results over the sweep this point belongs to; sinks that draw nothing ignore it. */
	default void sweepChart(SweepChart chart) {
	}

	/** Something the user should know about the result (a regime where the model breaks down). */
	void warning(String message);
}
