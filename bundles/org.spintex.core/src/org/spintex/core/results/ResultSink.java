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

	/** Something the user should know about the result (a regime where the model breaks down). */
	void warning(String message);
}
