package org.spintex.engine.texture.motion;

import org.spintex.input.CollectivePotentialInput;

/**
 * A potential U(X) on a texture's centre, the U of seed 002 eq. (88): confinement, pinning, edges. The
 * Thiele dynamics reads its force −∇U and, to choose a time step, its stiffest curvature and shortest
 * length.
 */
public interface Potential {

	/** U at (x, y), in J. */
	double energy(double xMetre, double yMetre);

	/** Adds −∇U at (x, y), in N, to {@code force} = {fx, fy}. */
	void addForce(double xMetre, double yMetre, double[] force);

	/** The largest |∂²U/∂X²| anywhere, in N/m. */
	double maxCurvature();

	/** The shortest length over which U changes, in m. */
	double lengthScale();

	static Potential of(CollectivePotentialInput input) {
		return switch (input) {
		case CollectivePotentialInput.HarmonicWell w -> new HarmonicWell(w.centreXMetre(), w.centreYMetre(),
				w.stiffnessNewtonPerMetre());
		case CollectivePotentialInput.PinningSite p -> new PinningSite(p.centreXMetre(), p.centreYMetre(), p.depthJoule(),
				p.radiusMetre());
		case CollectivePotentialInput.TrackEdges t -> new TrackEdges(t.lowerEdgeYMetre(), t.upperEdgeYMetre(),
				t.barrierJoule(), t.rangeMetre());
		};
	}
}
