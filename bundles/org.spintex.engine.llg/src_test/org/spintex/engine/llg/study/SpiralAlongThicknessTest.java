package org.spintex.engine.llg.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.spintex.core.parallel.CellLoops;
import org.spintex.core.physics.PhysicalConstants;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.input.Axis;
import org.spintex.input.DmiKind;
import org.spintex.input.FilmMeshInput;
import org.spintex.input.FilmShape;
import org.spintex.input.InitialStateInput;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.MicromagneticInput;
import org.spintex.input.SpiralChirality;

/**
 * A spiral whose wave vector is normal to the film (axis z) winds through the layers: with φ = 2π z/λ at the cell
 * centres, the helical one turns in the film's plane, m = (cos φ, sin φ, 0), the cycloidal one in the x-z plane,
 * m = (sin φ, 0, cos φ); every cell of a layer alike. (Before, axis z was silently taken as x.)
 */
class SpiralAlongThicknessTest {

	private static final double NM = 1e-9;

	private static VectorField initial(SpiralChirality chirality) {
		FilmMeshInput film = new FilmMeshInput(4, 4, 8, NM, NM, NM, FilmShape.BOX, 0, false, true);
		MagnetMaterialInput material = new MagnetMaterialInput(500e3, 10e-12, 0.1, PhysicalConstants.GAMMA0_DEFAULT, List.of(),
				DmiKind.NONE, 0);
		MicromagneticInput input = MicromagneticInput.builder("D", "s", film, material,
				new InitialStateInput.Spiral(OptionalDouble.of(8 * NM), OptionalDouble.empty(), Axis.Z, chirality)).demag(false).fieldOutputs(List.of()).build();
		try (CellLoops loops = CellLoops.sequential()) {
			return InitialMagnetization.of(new MicromagneticSystem(input, loops).magnet(), input.material(), input.initialState(), null);
		}
	}

	@Test
	void theHelixAndTheCycloidWindThroughTheLayers() {
		VectorField helix = initial(SpiralChirality.HELICAL);
		VectorField cycloid = initial(SpiralChirality.CYCLOIDAL);
		Mesh mesh = helix.mesh();
		for (int c = 0; c < mesh.cellCount(); c++) {
			double phi = 2 * Math.PI * (mesh.k(c) + 0.5) / 8;
			assertEquals(Math.cos(phi), helix.x(c), 1e-12);
			assertEquals(Math.sin(phi), helix.y(c), 1e-12);
			assertEquals(0, helix.z(c), 1e-12);
			assertEquals(Math.sin(phi), cycloid.x(c), 1e-12);
			assertEquals(0, cycloid.y(c), 1e-12);
			assertEquals(Math.cos(phi), cycloid.z(c), 1e-12);
		}
	}
}
