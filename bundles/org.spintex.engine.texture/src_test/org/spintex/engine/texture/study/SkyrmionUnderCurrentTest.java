package org.spintex.engine.texture.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.core.results.MemorySink;
import org.spintex.core.results.RunControl;
import org.spintex.engine.texture.motion.ThieleClosedForms;
import org.spintex.input.AnisotropyInput;
import org.spintex.input.CurrentInput;
import org.spintex.input.FilmEdge;
import org.spintex.input.FilmMeshInput;
import org.spintex.input.GroundStateSearch;
import org.spintex.input.InitialStateInput;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.MicromagneticInput;
import org.spintex.input.TextureForcesInput;
import org.spintex.input.WallChirality;
import org.spintex.input.ZhangLiConvention;

/**
 * Seed 002 on a relaxed Néel skyrmion pushed by a Zhang–Li current: the Thiele velocity and Hall angle
 * from its measured vortex number and dissipation tensor (eqs. (62)–(65), (86)–(90)) against the motion
 * of the full micromagnetic texture under the same current — the rigid-texture reduction checked.
 */
class SkyrmionUnderCurrentTest {

	private static final double ALPHA = 0.3;
	private static final double BETA = 0.1;

	private static TextureForcesInput input(double checkSeconds, double thieleSeconds) {
		// a core-down Néel skyrmion (Q = −1) of radius 7 nm at the sheet's centre
		return input(new InitialStateInput.Skyrmion(Optional.of(new Vector3(28e-9, 28e-9, 0)), OptionalDouble.of(7e-9), -1, -1,
				Optional.of(WallChirality.NEEL)), checkSeconds, thieleSeconds);
	}

	private static TextureForcesInput input(InitialStateInput start, double checkSeconds, double thieleSeconds) {
		// periodic: the free texture of eq. (90), without the confinement of a finite film's twisted edges
		FilmMeshInput film = new FilmMeshInput(56, 56, 1, 1e-9, 1e-9, 1e-9, org.spintex.input.FilmShape.BOX, 0, true, true);
		MagnetMaterialInput material = new MagnetMaterialInput(580e3, 15e-12, ALPHA, 1.7595e11,
				List.of(new AnisotropyInput(org.spintex.input.AnisotropyKind.UNIAXIAL, 0.8e6, Vector3.UNIT_Z)), org.spintex.input.DmiKind.INTERFACIAL, 3.5e-3);
		CurrentInput current = new CurrentInput("lead", new Vector3(3e11, 0, 0), 0.5, BETA, ZhangLiConvention.UBERMAG, 0, 0, 0,
				Double.POSITIVE_INFINITY, FilmEdge.WEST, false);
		MicromagneticInput texture = MicromagneticInput.builder("D", "s", film, material, start).currents(List.of(current))
				.seed(1).demag(false)
				.groundState(new GroundStateSearch(GroundStateSearch.Method.MINIMIZE, 1e-5, GroundStateSearch.DEFAULT_MAX_ITERATIONS))
				.tolerance(1e-6).fieldOutputs(List.of()).build();
		return new TextureForcesInput("D", "s", texture, Optional.empty(), List.of(), 0, 1, thieleSeconds, OptionalDouble.empty(),
				thieleSeconds / 20, checkSeconds, OptionalDouble.empty());
	}

	@Test
	void thieleVelocityAndHallAngleMatchTheMicromagneticMotion() {
		MemorySink sink = new MemorySink();
		new TextureForcesStudy().run(input(0.3e-9, 0), null, sink, RunControl.NONE, 2);
		// the lattice count leaves out the plaquettes across the periodic seams, where the tail is 1e-6 from uniform
		assertEquals(1, sink.scalar("vortex-number"), 1e-5);
		double thieleX = sink.scalar("thiele-velocity-x"), thieleY = sink.scalar("thiele-velocity-y");
		double llgX = sink.scalar("llg-velocity-x"), llgY = sink.scalar("llg-velocity-y");
		double speed = Math.hypot(thieleX, thieleY);
		// the 5 %, on the velocity vector: speed and direction together
		assertEquals(0, Math.hypot(llgX - thieleX, llgY - thieleY) / speed, 0.05,
				"Thiele (" + thieleX + ", " + thieleY + ") m/s, LLG (" + llgX + ", " + llgY + ") m/s");
		assertEquals(sink.scalar("thiele-hall-angle"), sink.scalar("llg-hall-angle"), 0.05 * Math.abs(sink.scalar("thiele-hall-angle")));
		// the texture keeps its charge while it moves (topological protection)
		assertEquals(0, sink.scalar("llg-charge-drift"), 1e-4);
		assertTrue(sink.rows("micromagnetic-motion").size() > 30);
		assertTrue(sink.warnings().isEmpty(), sink.warnings().toString());
		System.out.printf("Thiele (%.4f, %.4f) m/s, LLG (%.4f, %.4f) m/s, Hall angle %.3f vs %.3f deg%n", thieleX, thieleY, llgX, llgY,
				sink.scalar("thiele-hall-angle"), sink.scalar("llg-hall-angle"));
	}

	@Test
	void freePathFollowsTheClosedFormVelocity() {
		MemorySink sink = new MemorySink();
		new TextureForcesStudy().run(input(0, 1e-9), null, sink, RunControl.NONE, 2);
		// the closed form takes the Thiele form's G = −g, g = 4πsΦ_xy the reported gyrovector (eq. (88))
		double g = -sink.scalar("gyrovector");
		double friction = sink.scalar("friction-xx") / ALPHA;
		double u = sink.scalar("drift-velocity-x");
		double[] v = ThieleClosedForms.freeVelocity(g, friction, ALPHA, BETA, u);
		// the closed form takes v_s = u x̂ with u of either sign: its v⊥ is along ŷ
		assertEquals(v[0], sink.scalar("mean-velocity-x"), 1e-9 * Math.abs(u));
		assertEquals(v[1], sink.scalar("mean-velocity-y"), 1e-9 * Math.abs(u));
		// the Hall angle is measured from v_s towards ẑ × v_s (docs/physics/signs.md): with v_s = u x̂, ẑ × v̂_s = sgn(u) ŷ
		double along = Math.signum(u) * v[0], across = Math.signum(u) * v[1];
		assertEquals(Math.toDegrees(Math.atan2(across, along)), sink.scalar("thiele-hall-angle"), 1e-6);
		assertEquals(0, sink.scalar("energy-balance"), 1e-9);
		assertTrue(sink.chartNames().containsAll(List.of("trajectory", "velocity")));
	}

	@Test
	void aUniformFilmIsRefusedWithAReason() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TextureForcesStudy()
				.run(input(new InitialStateInput.Uniform(Vector3.UNIT_Z), 0, 1e-9), null, new MemorySink(), RunControl.NONE, 1));
		assertTrue(e.getMessage().startsWith("the texture is uniform where it is measured"), e.getMessage());
	}
}
