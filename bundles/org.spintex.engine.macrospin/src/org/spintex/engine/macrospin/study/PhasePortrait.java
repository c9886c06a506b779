package org.spintex.engine.macrospin.study;

import java.util.ArrayList;
import java.util.List;

import org.spintex.input.Axis;

/**
 * Starting points on the magnetization sphere for a phase portrait, and the angles to draw it in: polar angle θ from
 * the axis (z, or y as in seed 003 eq. (2.39), where m = (sin θ sin φ, cos θ, sin θ cos φ)), azimuth φ. The grid
 * avoids the poles and the planes of symmetry, where trajectories would sit on separatrices.
 */
record PhasePortrait(Axis axis, int polarPoints) {

	/** {θ, φ} of the starts, n polar × 2n azimuthal, at the centres of the grid's cells. */
	List<double[]> starts() {
		List<double[]> starts = new ArrayList<>();
		for (int i = 0; i < polarPoints; i++) {
			for (int j = 0; j < 2 * polarPoints; j++) {
				starts.add(new double[] { (i + 0.5) * Math.PI / polarPoints, (j + 0.5) * Math.PI / polarPoints });
			}
		}
		return starts;
	}

	double[] direction(double theta, double phi) {
		double s = Math.sin(theta);
		return axis == Axis.Y ? new double[] { s * Math.sin(phi), Math.cos(theta), s * Math.cos(phi) }
				: new double[] { s * Math.cos(phi), s * Math.sin(phi), Math.cos(theta) };
	}

	/** {θ, φ} of m about the axis, φ in [0, 2π). */
	double[] angles(double mx, double my, double mz) {
		double along = axis == Axis.Y ? my : mz;
		double phi = axis == Axis.Y ? Math.atan2(mx, mz) : Math.atan2(my, mx);
		return new double[] { Math.acos(Math.max(-1, Math.min(1, along))), phi < 0 ? phi + 2 * Math.PI : phi };
	}
}
