package org.spintex.input;

import org.spintex.core.math.Vector3;

/** The magnetization a micromagnetic study starts from: a texture of the language or an OVF 2.0 file. */
public sealed interface InitialStateInput {

	/** m along {@code direction} everywhere. */
	record Uniform(Vector3 direction) implements InitialStateInput {
	}

	/**
	 * An isolated skyrmion (360° wall profile), centre from the film's south-west corner; helicity 0 is
	 * Néel outward, π/2 Bloch; {@code corePolarity} is the sign of m_z in the core.
	 */
	record Skyrmion(double centreXMetre, double centreYMetre, double radiusMetre, double wallWidthMetre,
			int vorticity, double helicityRadian, int corePolarity) implements InitialStateInput {
	}

	/** A vortex of circulation ±1 (anticlockwise +1) with its core along polarity·ẑ. */
	record Vortex(double centreXMetre, double centreYMetre, double coreRadiusMetre, int circulation, int polarity)
			implements InitialStateInput {
	}

	/**
	 * A straight wall across x at {@code centreXMetre}: up-down or down-up (m_z domains), head-to-head or
	 * tail-to-tail (m_x domains); Bloch or Néel rotation. The defaults are those of every domain wall, on a
	 * film as on a wire (language 3; a film's wall defaulted to up-down Néel in language 2).
	 */
	record DomainWall(double centreXMetre, double widthMetre, WallArrangement arrangement, WallChirality chirality)
			implements InitialStateInput {

		public static final WallArrangement DEFAULT_ARRANGEMENT = WallArrangement.HEAD_TO_HEAD;
		public static final WallChirality DEFAULT_CHIRALITY = WallChirality.BLOCH;
	}

	/** A spin spiral whose wave vector points along {@code axis}, with the given period; cycloidal or helical. */
	record Spiral(double periodMetre, Axis axis, SpiralChirality chirality) implements InitialStateInput {

		public static final Axis DEFAULT_AXIS = Axis.X;
		public static final SpiralChirality DEFAULT_CHIRALITY = SpiralChirality.CYCLOIDAL;

		public Spiral {
			Checks.positive("spiral period", periodMetre);
			if (axis == null || chirality == null) {
				throw new IllegalArgumentException("a spiral needs its axis and chirality");
			}
		}
	}

	/** Random directions, uniformly distributed on the sphere, from {@code seed}. */
	record RandomDirections(long seed) implements InitialStateInput {
	}

	/** An OVF 2.0 file (its path as the runner resolved it and the SHA-256 of its bytes). */
	record FromFile(String path, String sha256) implements InitialStateInput {
	}
}
