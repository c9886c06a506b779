package org.spintex.engine.llg.torque;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.core.physics.PhysicalConstants;
import org.spintex.core.results.RunControl;
import org.spintex.engine.llg.Fixtures;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.observable.DomainWallPosition;
import org.spintex.engine.llg.solver.DormandPrince45;
import org.spintex.engine.llg.solver.EnergyMinimizer;
import org.spintex.engine.llg.solver.LlgEquation;
import org.spintex.engine.llg.solver.MagnetizationState;
import org.spintex.engine.llg.solver.TimeEvolution;
import org.spintex.engine.llg.term.BoundaryCondition;
import org.spintex.engine.llg.term.ExchangeField;
import org.spintex.engine.llg.term.UniaxialAnisotropyField;
import org.spintex.engine.llg.texture.DomainWallTexture;
import org.spintex.input.ZhangLiConvention;

/**
 * With β = α a domain wall under the Zhang–Li torque translates rigidly at velocity −u, an exact
 * solution of the LLG equation (Thiaville et al., Europhys. Lett. 69, 990 (2005)); u is
 * PµB J/(e Ms (1 + β²)) in MuMax3's convention and PµB J/(e Ms) in the plain one.
 */
class ZhangLiWallTest {

	private static final double NM = Fixtures.NM;
	private static final double MS = 800e3, ALPHA = 0.1, J = 1e12;

	private static double wallVelocity(ZhangLiConvention convention) {
		Mesh mesh = new Mesh(300, 1, 1, 1 * NM, 1 * NM, 1 * NM, false, true);
		Magnet magnet = Fixtures.box(mesh, MS, ALPHA);
		Vector3[] current = { Vector3.ZERO };
		LlgEquation equation = new LlgEquation(magnet)
				.add(new ExchangeField(magnet, 13e-12, BoundaryCondition.neumann()))
				.add(new UniaxialAnisotropyField(magnet, 0.5e6, 0, 0, 0, 1))
				.add(new ZhangLiTorque(magnet, 1, ALPHA, convention, t -> current[0], null));
		VectorField m = new VectorField(mesh);
		DomainWallTexture wall = new DomainWallTexture(150 * NM, 5 * NM, org.spintex.input.WallArrangement.UP_DOWN,
				org.spintex.input.WallChirality.BLOCH);
		for (int i = 0; i < 300; i++) {
			m.set(i, wall.direction(mesh.centreX(i), 0));
		}
		new EnergyMinimizer(1e-9, 100_000).minimize(equation, m, RunControl.NONE);
		current[0] = new Vector3(J, 0, 0);
		MagnetizationState state = new MagnetizationState(m, 1e-13);
		TimeEvolution evolution = new TimeEvolution(equation, new DormandPrince45(1e-7, 1e-20));
		// let the wall reach its steady motion, then measure
		evolution.run(state, 0.05e-9, 0, s -> {
		}, RunControl.NONE);
		double x0 = DomainWallPosition.of(magnet, m);
		double t0 = state.timeSecond();
		evolution.run(state, 0.35e-9, 0, s -> {
		}, RunControl.NONE);
		return (DomainWallPosition.of(magnet, m) - x0) / (state.timeSecond() - t0);
	}

	@Test
	void wallMovesAtMinusUForBetaEqualAlpha() {
		double plain = PhysicalConstants.BOHR_MAGNETON * J / (PhysicalConstants.ELEMENTARY_CHARGE * MS);
		assertEquals(-plain / (1 + ALPHA * ALPHA), wallVelocity(ZhangLiConvention.MUMAX), 0.01 * plain);
		assertEquals(-plain, wallVelocity(ZhangLiConvention.UBERMAG), 0.01 * plain);
	}
}
