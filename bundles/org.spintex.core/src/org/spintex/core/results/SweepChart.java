package org.spintex.core.results;

import java.util.List;

/**
 * A chart of one point's scalar results over a whole sweep, which the runner draws once every point is
 * done: x is the swept parameter, each curve one scalar, optionally divided by another scalar of the
 * same point (a torque in units of ħω). With two sweep axes there is one chart per value of the second.
 *
 * @param normalisedBy the scalar every curve is divided by, or "" for none
 */
public record SweepChart(String name, String title, String yLabel, String normalisedBy, Chart.Scale yScale, List<Curve> curves) {

	/** A scalar of the points, its legend label and role. */
	public record Curve(String scalar, String label, Chart.Role role) {
	}

	public SweepChart {
		curves = List.copyOf(curves);
	}
}
