package org.spintex.compiler;

import java.util.List;

import org.spintex.input.StudyInput;

/**
 * One point of a study: its sweep coordinates and the engine input compiled there.
 *
 * @param index 0 for a study without sweeps, else the point's position in the sweep
 * @param coordinates the swept parameters at this point, in SI
 * @param overrides the parameters set from outside the file for this run ({@code spintex run --set}, a
 *        launch configuration's overrides), in the order given
 */
public record CompiledPoint(int index, List<Coordinate> coordinates, List<Coordinate> overrides, StudyInput input) {

	public CompiledPoint {
		coordinates = List.copyOf(coordinates);
		overrides = List.copyOf(overrides);
	}

	/**
	 * A swept parameter at this point: "magnet.length" = 1.0E-6 m, written as 1 um ({@code value} in
	 * {@code unit}, "" for a pure number), which is how plots label it.
	 */
	public record Coordinate(String path, double siValue, String siUnit, double value, String unit) {

		/** "magnet.length = 1 um", as the user wrote the value. */
		public String describe() {
			String number = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
					: Double.toString(value);
			return path + " = " + number + (unit.isEmpty() ? "" : " " + unit);
		}
	}
}
