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
import org.spintex.engine.llg.solver.EnergyMinimizer;
import org.spintex.engine.llg.solver.TimeEvolution;
import org.spintex.engine.llg.term.BoundaryCondition;
import org.spintex.engine.llg.term.DemagField;
import org.spintex.engine.llg.term.ExchangeField;
import org.spintex.engine.llg.term.ZeemanField;
import org.spintex.input.Precision;

/**
 * µMAG standard problem 4: a 500 × 125 × 3 nm permalloy film, 128 × 32 × 1 cells, relaxed into the
 * S-state and switched by field 1, B = (−24.6, 4.3, 0) mT, with α = 0.02.
 *
 * <p>Reference: the final ⟨m⟩ after 1 ns from OOMMF 2.1, which like Spintex uses the analytic Newell
 * tensor in double precision: (−0.98409, 0.13121, 0.04295). MuMax3 (single precision, numerically
 * integrated tensor) gives (−0.98461, 0.12604, 0.04327); the spread between codes is set by the demag
 * tensor and the precision, so we compare with the code that computes the same tensor the same way. In single
 * precision (the demag spectra and FFTs in float) the S-state and the switched state stay within 1e-3 of double.
 */
class StandardProblem4Test {

	private static final double NM = Fixtures.NM;

	@Test
	void sState() {
		Vector3[] inDouble = relaxAndSwitch(Precision.DOUBLE);
		assertEquals(0.96697, inDouble[0].x(), 1e-3);
		assertEquals(0.12527, inDouble[0].y(), 1e-3);
		assertEquals(0, inDouble[0].z(), 1e-3);
		assertEquals(-0.98409, inDouble[1].x(), 2e-3);
		assertEquals(0.13121, inDouble[1].y(), 2e-3);
		assertEquals(0.04295, inDouble[1].z(), 2e-3);

		Vector3[] inSingle = relaxAndSwitch(Precision.SINGLE);
		for (int s = 0; s < 2; s++) {
			String state = s == 0 ? "S-state" : "<m>(1 ns)";
			assertEquals(inDouble[s].x(), inSingle[s].x(), 1e-3, state + " x, single against double");
			assertEquals(inDouble[s].y(), inSingle[s].y(), 1e-3, state + " y, single against double");
			assertEquals(inDouble[s].z(), inSingle[s].z(), 1e-3, state + " z, single against double");
		}
	}

	/** The relaxed S-state's ⟨m⟩ and ⟨m⟩ 1 ns after field 1 is switched on. */
	private static Vector3[] relaxAndSwitch(Precision precision) {
		Vector3[] fieldNow = { Vector3.ZERO };
		Mesh mesh = new Mesh(128, 32, 1, 500.0 / 128 * NM, 125.0 / 32 * NM, 3 * NM);
		Magnet magnet = Fixtures.box(mesh, 800e3, 0.02, 1);
		// field 1 of the problem, µ0H = 25 mT at most
		ZeemanField field = new ZeemanField(magnet, t -> fieldNow[0], 0.025);
		LlgEquation equation = new LlgEquation(magnet)
				.add(new ExchangeField(magnet, 13e-12, BoundaryCondition.neumann()))
				.add(new DemagField(magnet, precision))
				.add(field);
		VectorField m = magnet.uniform(1, 0.1, 0);
		long start = System.nanoTime();
		// steepest descent reaches the S-state 17 times faster than relax, to within 3e-6 of it
		new EnergyMinimizer(1e-6, 1_000_000).minimize(equation, m, RunControl.NONE);
		Vector3 relaxed = AverageMagnetization.of(magnet, m);
		System.out.printf("SP4 (%s) relaxed <m> = %s in %.1f s%n", precision.word(), relaxed, (System.nanoTime() - start) * 1e-9);

		fieldNow[0] = new Vector3(-24.6e-3, 4.3e-3, 0);
		MagnetizationState state = new MagnetizationState(m, 1e-13);
		start = System.nanoTime();
		new TimeEvolution(equation, new DormandPrince45(1e-6, 1e-20)).run(state, 1e-9, 0, s -> {
		}, RunControl.NONE);
		Vector3 switched = AverageMagnetization.of(magnet, m);
		System.out.printf("SP4 (%s) field 1 <m>(1 ns) = %s in %.1f s, %d steps%n", precision.word(), switched,
				(System.nanoTime() - start) * 1e-9, state.steps());
		magnet.loops().close();
		return new Vector3[] { relaxed, switched };
	}
}
