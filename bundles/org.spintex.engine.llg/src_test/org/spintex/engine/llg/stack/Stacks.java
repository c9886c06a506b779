package org.spintex.engine.llg.stack;

import java.util.List;
import java.util.Optional;

import org.spintex.core.math.Vector3;
import org.spintex.core.parallel.CellLoops;
import org.spintex.core.physics.PhysicalConstants;
import org.spintex.core.results.RunControl;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.study.InitialMagnetization;
import org.spintex.engine.llg.study.MicromagneticSystem;
import org.spintex.input.AnisotropyInput;
import org.spintex.input.DmiKind;
import org.spintex.input.FilmLayerInput;
import org.spintex.input.InitialStateInput;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.MicromagneticInput;

/** What the stack tests share: materials, films and a relaxed state. */
final class Stacks {

	private Stacks() {
	}

	static MagnetMaterialInput material(double ms, double exchange, List<AnisotropyInput> anisotropies) {
		return new MagnetMaterialInput(ms, exchange, 0.5, PhysicalConstants.GAMMA0_DEFAULT, anisotropies, DmiKind.NONE, 0);
	}

	static FilmLayerInput film(String name, MagnetMaterialInput material, int first, int layers, Vector3 start) {
		return new FilmLayerInput(name, material, first, layers, Optional.of(new InitialStateInput.Uniform(start)), List.of());
	}

	/** The input's ground state by energy minimisation down to a torque of 1e-9 T. */
	static VectorField relaxed(MicromagneticInput input) {
		try (CellLoops loops = CellLoops.sequential()) {
			MicromagneticSystem system = new MicromagneticSystem(input, loops);
			VectorField m = InitialMagnetization.of(system.magnet(), input, null);
			system.findGroundState(m, RunControl.NONE).ifPresent(c -> {
				if (!c.converged()) {
					throw new AssertionError("the minimisation did not converge: " + c);
				}
			});
			return m;
		}
	}
}
