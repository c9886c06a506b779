package org.spintex.benchmarks;

import org.spintex.core.parallel.CellLoops;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.mesh.Shape;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.term.BoundaryCondition;
import org.spintex.engine.llg.term.ExchangeField;

/** MuMax3's benchmark problem: permalloy (Ms 800 kA/m, A 13 pJ/m, α 0.02), n × n × 1 cells of 4 nm. */
final class PermalloyFilm {

	private PermalloyFilm() {
	}

	static Magnet magnet(int n, CellLoops loops) {
		return Magnet.of(new Mesh(n, n, 1, 4e-9, 4e-9, 4e-9), new Shape.Everywhere(), 800e3, 0.02, 1.7595e11, loops);
	}

	static ExchangeField exchange(Magnet magnet) {
		return new ExchangeField(magnet, 13e-12, BoundaryCondition.neumann());
	}
}
