package org.spintex.benchmarks;

import org.spintex.core.math.Vector3;
import org.spintex.core.parallel.CellLoops;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.mesh.Shape;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.solver.LlgEquation;
import org.spintex.engine.llg.term.DemagField;
import org.spintex.engine.llg.term.ZeemanField;
import org.spintex.engine.llg.term.BoundaryCondition;
import org.spintex.engine.llg.term.ExchangeField;
import org.spintex.input.Precision;

/** MuMax3's benchmark problem: permalloy (Ms 800 kA/m, A 13 pJ/m, α 0.02), n × n × 1 cells of 4 nm (or thicker). */
final class PermalloyFilm {

	private PermalloyFilm() {
	}

	static Magnet magnet(int n, CellLoops loops) {
		return magnet(n, 1, loops);
	}

	/** n × n × layers cells of 4 nm: a film {@code 4·layers} nm thick. */
	static Magnet magnet(int n, int layers, CellLoops loops) {
		return Magnet.of(new Mesh(n, n, layers, 4e-9, 4e-9, 4e-9), new Shape.Everywhere(), 800e3, 0.02, 1.7595e11, loops);
	}

	/** The benchmark's equation: exchange, demag and a small Zeeman field (10, 1, 0) mT. */
	static LlgEquation equation(Magnet magnet) {
		return equation(magnet, Precision.DOUBLE);
	}

	/** The benchmark's equation with the demag convolution in {@code precision}. */
	static LlgEquation equation(Magnet magnet, Precision precision) {
		return new LlgEquation(magnet).add(exchange(magnet)).add(new DemagField(magnet, precision))
				.add(ZeemanField.constant(magnet, new Vector3(0.01, 0.001, 0)));
	}

	static ExchangeField exchange(Magnet magnet) {
		return new ExchangeField(magnet, 13e-12, BoundaryCondition.neumann());
	}
}
