package org.spintex.engine.negf.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.input.SpiralChirality;
import org.spintex.input.WallArrangement;
import org.spintex.input.WallChirality;
import org.spintex.input.WallProfile;
import org.spintex.input.WireTextureInput;

/** A wire's moments sampled from its texture, against seed 004's own table and the closed forms of the profiles. */
class WireMomentsTest {

	@Test
	void theNoncoplanarWallIsSeed004sFigure1c() {
		WireTextureInput.DomainWall wall = new WireTextureInput.DomainWall(OptionalDouble.of(3), OptionalDouble.of(0.9),
				WallProfile.NONCOPLANAR, WallArrangement.HEAD_TO_HEAD, WallChirality.BLOCH);
		List<Vector3> moments = WireMoments.sample(wall, 7, Vector3.UNIT_Z, OptionalDouble.empty());
		// seed 004 Fig. 1(c): u_i = (4 − i)/0.9 over i = 1..7, M = (−sech u tanh u, sech² u, tanh u)
		double[][] expected = { { -0.0710762, 0.0050776, 0.9974580 }, { -0.2092473, 0.0458904, 0.9767854 },
				{ -0.4778573, 0.3528525, 0.8044548 }, { 0, 1, 0 }, { 0.4778573, 0.3528525, -0.8044548 },
				{ 0.2092473, 0.0458904, -0.9767854 }, { 0.0710762, 0.0050776, -0.9974580 } };
		for (int i = 0; i < 7; i++) {
			assertEquals(expected[i][0], moments.get(i).x(), 1e-7, "site " + (i + 1));
			assertEquals(expected[i][1], moments.get(i).y(), 1e-7, "site " + (i + 1));
			assertEquals(expected[i][2], moments.get(i).z(), 1e-7, "site " + (i + 1));
		}
	}

	@Test
	void aWallWithoutCentreOrWidthSitsInTheMiddleOneSiteWide() {
		WireTextureInput.DomainWall wall = new WireTextureInput.DomainWall(OptionalDouble.empty(), OptionalDouble.empty(),
				WallProfile.TANH, WallArrangement.HEAD_TO_HEAD, WallChirality.BLOCH);
		List<Vector3> moments = WireMoments.sample(wall, 7, Vector3.UNIT_Z, OptionalDouble.empty());
		// at the centre site u = 0 a head-to-head Bloch wall points along y, M = (0, sech 0, tanh 0)
		assertEquals(new Vector3(0, 1, 0), moments.get(3));
		// head-to-head along the wire: the first site points along +z, the last along −z
		assertEquals(Math.tanh(3), moments.get(0).z(), 1e-15);
		assertEquals(-Math.tanh(3), moments.get(6).z(), 1e-15);
	}

	@Test
	void aMomentWithoutTextureSitsOnTheDrivesCone() {
		List<Vector3> moments = WireMoments.sample(new WireTextureInput.Uniform(Optional.empty()), 1, Vector3.UNIT_Z,
				OptionalDouble.of(Math.PI / 2));
		assertEquals(0, moments.get(0).z(), 1e-15);
		assertEquals(1, moments.get(0).norm(), 1e-15);
	}

	@Test
	void aSpiralTurnsItsWindingsOverTheWire() {
		List<Vector3> helix = WireMoments.sample(new WireTextureInput.Spiral(1, SpiralChirality.HELICAL), 4, Vector3.UNIT_Z,
				OptionalDouble.empty());
		assertEquals(new Vector3(1, 0, 0).minus(helix.get(0)).norm(), 0, 1e-15);
		assertEquals(new Vector3(0, 1, 0).minus(helix.get(1)).norm(), 0, 1e-15);
		List<Vector3> cycloid = WireMoments.sample(new WireTextureInput.Spiral(1, SpiralChirality.CYCLOIDAL), 4, Vector3.UNIT_Z,
				OptionalDouble.empty());
		assertEquals(new Vector3(1, 0, 0).minus(cycloid.get(1)).norm(), 0, 1e-15);
		assertEquals(new Vector3(0, 0, -1).minus(cycloid.get(2)).norm(), 0, 1e-15);
	}
}
