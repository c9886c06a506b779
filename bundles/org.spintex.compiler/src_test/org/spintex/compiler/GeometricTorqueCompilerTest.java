package org.spintex.compiler;

import org.spintex.input.LeadModel;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.input.GeometricTorqueInput;

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
		assertEquals(7, in.moments().size());
		// seed 004 Fig. 1(c): u_i = (4 − i)/0.9 over i = 1..7, M = (−sech u tanh u, sech² u, tanh u)
		double[][] expected = { { -0.0710762, 0.0050776, 0.9974580 }, { -0.2092473, 0.0458904, 0.9767854 },
				{ -0.4778573, 0.3528525, 0.8044548 }, { 0, 1, 0 }, { 0.4778573, 0.3528525, -0.8044548 },
				{ 0.2092473, 0.0458904, -0.9767854 }, { 0.0710762, 0.0050776, -0.9974580 } };
		for (int i = 0; i < 7; i++) {
			Vector3 m = in.moments().get(i);
			assertEquals(expected[i][0], m.x(), 1e-7, "site " + (i + 1));
			assertEquals(expected[i][1], m.y(), 1e-7, "site " + (i + 1));
			assertEquals(expected[i][2], m.z(), 1e-7, "site " + (i + 1));
		}
	}

	@Test
	void theSingleMomentOfFigure2SitsOnItsConeAndTheLeadCouplingIsSwept() {
		List<CompiledPoint> points = compile("fig2-single-moment.spintex");
		assertEquals(82, points.size());
		GeometricTorqueInput in = (GeometricTorqueInput) points.get(10).input();
		assertEquals(1, in.moments().size());
		// cone angle 90°: perpendicular to the axis
		assertEquals(0, in.moments().get(0).dot(in.precessionAxis()), 1e-15);
		assertEquals(1, in.moments().get(0).norm(), 1e-15);
		assertEquals(in.leadCouplingJoule(), points.get(10).coordinates().get(0).siValue());
	}
}
