package org.spintex.engine.llg.standardproblems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.core.results.RunControl;
import org.spintex.engine.llg.Fixtures;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.observable.AverageMagnetization;
import org.spintex.engine.llg.solver.DormandPrince45;
import org.spintex.engine.llg.solver.LlgEquation;
import org.spintex.engine.llg.solver.MagnetizationState;
import org.spintex.engine.llg.solver.Relaxation;
import org.spintex.engine.llg.solver.TimeEvolution;
import org.spintex.engine.llg.term.BoundaryCondition;
import org.spintex.engine.llg.term.DemagField;
import org.spintex.engine.llg.term.ExchangeField;
import org.spintex.engine.llg.texture.VortexTexture;
import org.spintex.engine.llg.torque.ZhangLiTorque;
import org.spintex.input.Precision;
import org.spintex.input.ZhangLiConvention;

/**
 * µMAG standard problem 5: a 100 × 100 × 10 nm permalloy square, 32 × 32 × 4 cells, relaxed into a
 * vortex (anticlockwise, core up) and driven by J = 10¹² A/m² along x with P = 1, α = 0.1, ξ = 0.05,
 * in MuMax3's u convention. Reference: ⟨m⟩ after 1 ns ≈ (−0.2348, −0.0945, 0.0230) (MuMax3 and OOMMF
 * agree on it to about 1e-3). In single precision (the demag spectra and FFTs in float) it stays within 1e-3 of double.
 */
class StandardProblem5Test {

	private static final double NM = Fixtures.NM;

	@Test
	void currentDrivenVortex() {
		Vector3 inDouble = driveTheVortex(Precision.DOUBLE);
		assertEquals(-0.2348, inDouble.x(), 3e-3);
		assertEquals(-0.0945, inDouble.y(), 3e-3);
		assertEquals(0.0230, inDouble.z(), 3e-3);
		Vector3 inSingle = driveTheVortex(Precision.SINGLE);
		assertEquals(inDouble.x(), inSingle.x(), 1e-3, "x, single against double");
		assertEquals(inDouble.y(), inSingle.y(), 1e-3, "y, single against double");
		assertEquals(inDouble.z(), inSingle.z(), 1e-3, "z, single against double");
	}

	/** ⟨m⟩ 1 ns after the current is switched on. */
	private static Vector3 driveTheVortex(Precision precision) {
		Mesh mesh = new Mesh(32, 32, 4, 100.0 / 32 * NM, 100.0 / 32 * NM, 2.5 * NM);
		Magnet magnet = Fixtures.box(mesh, 800e3, 0.1, 2);
		Vector3[] current = { Vector3.ZERO };
		LlgEquation equation = new LlgEquation(magnet)
				.add(new ExchangeField(magnet, 13e-12, BoundaryCondition.neumann()))
				.add(new DemagField(magnet, precision))
				.add(new ZhangLiTorque(magnet, 1, 0.05, ZhangLiConvention.MUMAX, t -> current[0], null));
		VectorField m = magnet.uniform(0, 0, 1);
		new VortexTexture(50 * NM, 50 * NM, 10 * NM, 1, 1).writeInto(m);
		new Relaxation(1e-6, 2_000_000).relax(equation, m, RunControl.NONE);

		current[0] = new Vector3(1e12, 0, 0);
		MagnetizationState state = new MagnetizationState(m, 1e-13);
		long start = System.nanoTime();
		new TimeEvolution(equation, new DormandPrince45(1e-6, 1e-20)).run(state, 1e-9, 0, s -> {
		}, RunControl.NONE);
		Vector3 average = AverageMagnetization.of(magnet, m);
		System.out.printf("SP5 (%s) <m>(1 ns) = %s in %.1f s, %d steps%n", precision.word(), average,
				(System.nanoTime() - start) * 1e-9, state.steps());
		magnet.loops().close();
		return average;
	}
}
