package org.spintex.input;

/**
 * A potential felt by a texture's centre X in the collective-coordinate (Thiele) dynamics, seed 002
 * eq. (88): U(X). Positions are from the film's south-west corner.
 */
public sealed interface CollectivePotentialInput {

	/** The potential's name in the device file. */
	String name();

	/** U = κ|X − X₀|²/2: the confinement of a disk or a trap. */
	record HarmonicWell(String name, double centreXMetre, double centreYMetre, double stiffnessNewtonPerMetre)
			implements CollectivePotentialInput {

		public HarmonicWell {
			Checks.positive("stiffness", stiffnessNewtonPerMetre);
		}
	}

	/** U = −U₀ exp(−|X − X₀|²/r_p²): a defect that holds the texture. */
	record PinningSite(String name, double centreXMetre, double centreYMetre, double depthJoule, double radiusMetre)
			implements CollectivePotentialInput {

		public PinningSite {
			Checks.positive("depth", depthJoule);
			Checks.positive("radius", radiusMetre);
		}
	}

	/**
	 * U = B[exp(−(Y − y₋)/λ) + exp(−(y₊ − Y)/λ)]: the repulsion of the two edges of a track along x, at
	 * y₋ and y₊.
	 */
	record TrackEdges(String name, double lowerEdgeYMetre, double upperEdgeYMetre, double barrierJoule, double rangeMetre)
			implements CollectivePotentialInput {

		public TrackEdges {
			Checks.positive("barrier", barrierJoule);
			Checks.positive("range", rangeMetre);
			if (!(upperEdgeYMetre > lowerEdgeYMetre)) {
				throw new IllegalArgumentException("a track needs its upper edge above its lower edge");
			}
		}
	}
}
