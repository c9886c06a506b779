package org.spintex.input;

import java.util.Optional;
import java.util.OptionalDouble;

import org.spintex.core.math.Vector3;

/**
 * The texture a wire's moments take, as the file describes it; sites are counted from 0 along the wire, which runs
 * along z (seed 004 Fig. 1). The engine samples it and decides what it leaves open, the same way every time.
 */
public sealed interface WireTextureInput {

	/**
	 * Every moment along {@code direction}, or along the precession axis when there is none; a precession drive's
	 * cone angle then tilts it away from the axis.
	 */
	record Uniform(Optional<Vector3> direction) implements WireTextureInput {
	}

	/**
	 * A wall at site {@code centreSite} ((n − 1)/2 when empty) of {@code widthSites} sites (1 when empty), with the
	 * arrangement and chirality every domain wall has by default.
	 */
	record DomainWall(OptionalDouble centreSite, OptionalDouble widthSites, WallProfile profile, WallArrangement arrangement,
			WallChirality chirality) implements WireTextureInput {

		public DomainWall {
			widthSites.ifPresent(w -> Checks.positive("wall width in sites", w));
		}
	}

	/** {@code windings} whole turns over the wire, cycloidal or helical: a spiral along the wire's axis z. */
	record Spiral(double windings, SpiralChirality chirality) implements WireTextureInput {

		public static final double DEFAULT_WINDINGS = 1;

		public Spiral {
			Checks.positive("spiral windings", windings);
		}
	}

	/** Directions uniform on the sphere, from {@code seed}. */
	record RandomDirections(long seed) implements WireTextureInput {
	}
}
