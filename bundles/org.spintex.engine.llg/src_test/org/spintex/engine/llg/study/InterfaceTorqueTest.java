package org.spintex.engine.llg.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.core.parallel.CellLoops;
import org.spintex.core.physics.PhysicalConstants;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.input.Axis;
import org.spintex.input.CurrentInput;
import org.spintex.input.FilmEdge;
import org.spintex.input.FilmMeshInput;
import org.spintex.input.InitialStateInput;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.MicromagneticInput;
import org.spintex.input.SpiralChirality;
import org.spintex.input.ZhangLiConvention;

/**
 * Seed 000 eq. (4): a current I along the west contact exerts (ħ/2e)P(J_L·∇)n on the interface only,
 * J_L = I/d. On a spiral winding along the contact, m = (0, sin ky, cos ky), the interface cells turn
 * at |ṁ| = u·|∂ᵧm|/√(1 + α²) with u = PµB J_L/(e Ms Δx) and the central-difference |∂ᵧm| = sin(kΔy)/Δy;
 * every other cell feels nothing.
 */
class InterfaceTorqueTest {

	@Test
	void theContactCurrentTurnsTheInterfaceCellsOnly() {
		double dx = 2e-9, thickness = 2e-9, ms = 500e3, alpha = 0.2, polarization = 0.6, current = 1e-3;
		FilmMeshInput film = new FilmMeshInput(16, 40, 1, dx, dx, thickness, org.spintex.input.FilmShape.BOX, 0, false, true);
		MagnetMaterialInput bare = new MagnetMaterialInput(ms, 0, alpha, PhysicalConstants.GAMMA0_DEFAULT, List.of(), org.spintex.input.DmiKind.NONE, 0);
		double lineDensity = current / thickness;
		CurrentInput along = new CurrentInput("left", new Vector3(0, lineDensity / dx, 0), polarization, 0, ZhangLiConvention.UBERMAG, 0, 0, 0,
				Double.POSITIVE_INFINITY, FilmEdge.WEST, true);
		double period = 40e-9;
		MicromagneticInput input = MicromagneticInput.builder("D", "s", film, bare,
				new InitialStateInput.Spiral(OptionalDouble.of(period), OptionalDouble.empty(), Axis.Y, SpiralChirality.HELICAL)).currents(List.of(along)).demag(false).duration(1e-9)
				.outputInterval(1e-10).fieldOutputs(List.of()).build();
		try (CellLoops loops = CellLoops.sequential()) {
			MicromagneticSystem system = new MicromagneticSystem(input, loops);
			system.startDynamics();
			VectorField m = InitialMagnetization.of(system.magnet(), input.material(), input.initialState(), null);
			VectorField dmdt = new VectorField(m.mesh());
			system.equation().rate(0, m, dmdt);
			Mesh mesh = m.mesh();
			double u = polarization * PhysicalConstants.BOHR_MAGNETON * (lineDensity / dx) / (PhysicalConstants.ELEMENTARY_CHARGE * ms);
			double k = 2 * Math.PI / period;
			double expected = u * Math.sin(k * dx) / dx / Math.sqrt(1 + alpha * alpha);
			for (int j = 0; j < mesh.ny(); j++) {
				for (int i = 0; i < mesh.nx(); i++) {
					int c = mesh.index(i, j, 0);
					double rate = dmdt.get(c).norm();
					assertEquals(i == 0 ? expected : 0, rate, 1e-9 * expected, "cell (" + i + ", " + j + ")");
				}
			}
		}
	}
}
