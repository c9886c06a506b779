package org.spintex.input;

import java.util.Optional;
import java.util.OptionalDouble;

import org.spintex.core.math.Vector3;

/**
 * The magnetization a micromagnetic study starts from: a texture of the language as the file describes it, or an
 * OVF 2.0 file. The engine samples it on its cells and decides what the file leaves open from the film and the
 * material, so that a texture means the same wherever it is used.
 */
public sealed interface InitialStateInput {

	/** m along {@code direction} everywhere. */
	record Uniform(Vector3 direction) implements InitialStateInput {
	}

	/**
	 * An isolated skyrmion (360° wall profile), as the file gives it: what it leaves open is the engine's to decide
	 * from the film and the material (centre: the film's; radius: a quarter of the film's smaller side over two;
	 * helicity: the one the material's DMI favours).
	 *
	 * @param centre from the film's south-west corner
	 * @param corePolarity the sign of m_z in the core
	 * @param charge Q in MuMax3's sign, Q = W·p with vorticity W: +p for a skyrmion, −p for an antiskyrmion
	 * @param chirality Néel or Bloch rotation; empty: the one the DMI class favours (Bloch for bulk DMI)
	 */
	record Skyrmion(Optional<Vector3> centre, OptionalDouble radiusMetre, int corePolarity, int charge,
			Optional<WallChirality> chirality) implements InitialStateInput {

		public Skyrmion {
			radiusMetre.ifPresent(r -> Checks.positive("skyrmion radius", r));
			if (Math.abs(corePolarity) != 1 || charge == 0) {
				throw new IllegalArgumentException("a skyrmion has core polarity ±1 and a non-zero charge");
			}
		}

		/** W = Q·p: +1 for a skyrmion, −1 for an antiskyrmion. */
		public int vorticity() {
			return charge * corePolarity;
		}
	}

	/** A vortex of circulation ±1 (anticlockwise +1) with its core along polarity·ẑ; centre and core radius as given. */
	record Vortex(Optional<Vector3> centre, OptionalDouble coreRadiusMetre, int circulation, int polarity)
			implements InitialStateInput {
	}

	/**
	 * A straight wall across x: up-down or down-up (m_z domains), head-to-head or tail-to-tail (m_x domains); Bloch or
	 * Néel rotation. The defaults of arrangement and chirality are those of every domain wall, on a film as on a wire
	 * (language 3; a film's wall defaulted to up-down Néel in language 2); centre and width, when the file leaves them
	 * open, are the engine's (the film's centre; the Bloch width √(A/K) of the material's first anisotropy).
	 */
	record DomainWall(OptionalDouble centreXMetre, OptionalDouble widthMetre, WallArrangement arrangement,
			WallChirality chirality) implements InitialStateInput {

		public static final WallArrangement DEFAULT_ARRANGEMENT = WallArrangement.HEAD_TO_HEAD;
		public static final WallChirality DEFAULT_CHIRALITY = WallChirality.BLOCH;

		public DomainWall {
			widthMetre.ifPresent(w -> Checks.positive("wall width", w));
		}
	}

	/**
	 * A spin spiral whose wave vector points along {@code axis}: its period, or its number of windings over the
	 * film's extent along that axis (exactly one of them); cycloidal or helical.
	 */
	record Spiral(OptionalDouble periodMetre, OptionalDouble windings, Axis axis, SpiralChirality chirality)
			implements InitialStateInput {

		public static final Axis DEFAULT_AXIS = Axis.X;
		public static final SpiralChirality DEFAULT_CHIRALITY = SpiralChirality.CYCLOIDAL;

		public Spiral {
			if (periodMetre.isPresent() == windings.isPresent()) {
				throw new IllegalArgumentException("a spiral has its period or its windings, not both or neither");
			}
			periodMetre.ifPresent(p -> Checks.positive("spiral period", p));
			windings.ifPresent(n -> Checks.positive("spiral windings", n));
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
