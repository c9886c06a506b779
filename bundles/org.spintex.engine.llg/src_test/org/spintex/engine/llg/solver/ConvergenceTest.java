package org.spintex.engine.llg.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spintex.core.results.MemorySink;
import org.spintex.core.results.RunControl;
import org.spintex.engine.llg.Fixtures;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.term.BoundaryCondition;
import org.spintex.engine.llg.term.ExchangeField;
import org.spintex.engine.llg.term.UniaxialAnisotropyField;

/** relax and minimize say how they ended: the residual torque, the iterations, and whether that met the tolerance. */
class ConvergenceTest {

	/** A tilted uniaxial strip: its minimum is the easy axis, reached in a few iterations by either search. */
	private static LlgEquation strip(Magnet magnet) {
		return new LlgEquation(magnet).add(new ExchangeField(magnet, 13e-12, BoundaryCondition.neumann()))
				.add(new UniaxialAnisotropyField(magnet, 5e5, 0, 0, 0, 1));
	}

	@Test
	void aSearchThatMeetsItsToleranceSaysSoAndOneCutShortIsReportedWithAWarning() {
		Magnet magnet = Fixtures.box(new Mesh(16, 4, 1, 2e-9, 2e-9, 2e-9), 800e3, 0.1);
		LlgEquation equation = strip(magnet);
		VectorField m = magnet.uniform(0.6, 0, 0.8);
		Convergence done = new EnergyMinimizer(1e-6, 100_000).minimize(equation, m, RunControl.NONE);
		assertTrue(done.converged() && done.residualTesla() <= 1e-6 && done.iterations() > 0, done.toString());
		assertEquals(1, m.z(5), 1e-6, "the easy axis");

		VectorField tilted = magnet.uniform(0.6, 0, 0.8);
		Convergence cut = new EnergyMinimizer(1e-12, 3).minimize(equation, tilted, RunControl.NONE);
		assertEquals(3, cut.iterations());
		assertTrue(!cut.converged() && cut.residualTesla() > 1e-12, cut.toString());
		MemorySink sink = new MemorySink();
		cut.report("ground-state", "minimize", sink);
		assertEquals("no", sink.word("ground-state-converged").orElseThrow());
		assertEquals(cut.residualTesla(), sink.scalar("ground-state-residual"), 0);
		assertEquals(3, sink.scalar("ground-state-iterations"), 0);
		assertTrue(sink.warnings().get(0).startsWith("the ground state (minimize) did not converge: max |m × B| = "),
				sink.warnings().toString());

		Convergence relaxed = new Relaxation(1e-6, 2_000_000).relax(equation, magnet.uniform(0.6, 0, 0.8), RunControl.NONE);
		assertTrue(relaxed.converged(), relaxed.toString());
		MemorySink quiet = new MemorySink();
		relaxed.report("ground-state", "relax", quiet);
		assertEquals("yes", quiet.word("ground-state-converged").orElseThrow());
		assertTrue(quiet.warnings().isEmpty());
	}
}
