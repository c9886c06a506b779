package org.spintex.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.input.GeometricTorqueInput;
import org.spintex.input.LeadModel;
import org.spintex.input.WallArrangement;
import org.spintex.input.WallProfile;
import org.spintex.input.WireTextureInput;

/** The seed 004 examples compile to the model of the paper, in SI. */
class GeometricTorqueCompilerTest {

	private static final double EV = 1.602176634e-19;

	private static List<CompiledPoint> compile(String example) {
		return ExampleFiles.compile(ExampleFiles.example("geometric-torque/" + example));
	}

	@Test
	void theWallOfFigure3IsSeed004sNoncoplanarHeadToHeadWall() {
		List<CompiledPoint> points = compile("fig3-wall-profiles.spintex");
		assertEquals(4, points.size());
		GeometricTorqueInput in = (GeometricTorqueInput) points.get(2).input();
		assertEquals(1 * EV, in.hoppingJoule(), 1e-30);
		assertEquals(1e-3 * EV, in.hbarOmegaJoule(), 1e-33);
		assertEquals(new Vector3(0, 0, 1), in.precessionAxis());
		assertEquals(LeadModel.TIGHT_BINDING, in.leads());
		assertEquals(0, in.left().chemicalPotentialJoule());
		assertEquals(7, in.sites());
		// seed 004 Fig. 1(c): the noncoplanar head-to-head wall at the middle site, 0.9 sites wide (sampled and checked
		// against the paper's table in WireMomentsTest)
		WireTextureInput.DomainWall wall = assertInstanceOf(WireTextureInput.DomainWall.class, in.moments());
		assertEquals(WallProfile.NONCOPLANAR, wall.profile());
		assertEquals(WallArrangement.HEAD_TO_HEAD, wall.arrangement());
		assertEquals(3, wall.centreSite().orElseThrow(), 0);
		assertEquals(0.9, wall.widthSites().orElseThrow(), 1e-15);
	}

	@Test
	void theSingleMomentOfFigure2SitsOnItsConeAndTheLeadCouplingIsSwept() {
		List<CompiledPoint> points = compile("fig2-single-moment.spintex");
		assertEquals(82, points.size());
		GeometricTorqueInput in = (GeometricTorqueInput) points.get(10).input();
		assertEquals(1, in.sites());
		// no texture: along the axis, tilted to the drive's 90° cone (WireMomentsTest)
		assertEquals(new WireTextureInput.Uniform(java.util.Optional.empty()), in.moments());
		assertEquals(Math.PI / 2, in.coneAngleRadian().orElseThrow(), 1e-15);
		assertEquals(in.leadCouplingJoule(), points.get(10).coordinates().get(0).siValue());
	}
}
