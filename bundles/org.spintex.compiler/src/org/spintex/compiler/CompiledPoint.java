package org.spintex.compiler;

import java.util.List;

import org.spintex.input.StudyInput;

/**
 * One point of a study: its sweep coordinates and the engine input compiled there.
 *
 * @param index 0 for a study without sweeps, else the point's position in the sweep
 * @param coordinates the swept parameters at this point, in SI
 */
public record CompiledPoint(int index, List<Coordinate> coordinates, StudyInput input) {

	/**
	 * A swept parameter at this point: "magnet.length" = 1.0E-6 m, written as 1 um ({@code value} in
	 * {@code unit}, "" for a pure number), which is how plots label it.
	 */
	public record Coordinate(String path, double siValue, String siUnit, double value, String unit) {
	}
}
