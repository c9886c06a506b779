package org.spintex.engine.llg.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.spintex.core.geometry.PlaneShape;
import org.spintex.core.math.Vector3;
import org.spintex.core.parallel.CellLoops;
import org.spintex.core.physics.PhysicalConstants;
import org.spintex.core.results.RunControl;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.observable.EnergyBreakdown;
import org.spintex.engine.llg.study.InitialMagnetization;
import org.spintex.engine.llg.study.MicromagneticSystem;
import org.spintex.input.AnisotropyInput;
import org.spintex.input.AnisotropyKind;
import org.spintex.input.DmiKind;
import org.spintex.input.FilmLayerInput;
import org.spintex.input.FilmMeshInput;
import org.spintex.input.FilmShape;
import org.spintex.input.GroundStateSearch;
import org.spintex.input.InitialStateInput;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.MicromagneticInput;
import org.spintex.input.RegionInput;
import org.spintex.input.WallArrangement;
import org.spintex.input.WallChirality;

/**
 * A wire along x whose right half is a region of four times the anisotropy of the left (an anisotropy step). A wall
 * relaxed far from the step in either half has the 1D Bloch profile of its own region, m_z = −tanh((x − x₀)/δ) with
 * δ = √(A/K), and the energy 4√(AK) per cross-section (Landau and Lifshitz; Hubert and Schäfer, Magnetic Domains,
 * §3.6.1): each region's K acts on its own cells only.
 */
class AnisotropyStepWallTest {

	private static final double NM = 1e-9;
	private static final double EXCHANGE = 10e-12;
	private static final double K_LEFT = 0.5e6;
	private static final double K_RIGHT = 2e6;
	private static final double CELL = 0.5 * NM;
	private static final double LENGTH = 256 * NM;

	private static MagnetMaterialInput material(double k) {
		return new MagnetMaterialInput(1e6, EXCHANGE, 0.5, PhysicalConstants.GAMMA0_DEFAULT,
				List.of(new AnisotropyInput(AnisotropyKind.UNIAXIAL, k, Vector3.UNIT_Z)), DmiKind.NONE, 0);
	}

	/** The relaxed wall started at x₀ and the energy of the wall (relaxed energy minus the uniform state's). */
	private static double[] wallEnergyAndWidth(double centre) {
		int n = (int) Math.round(LENGTH / CELL);
		FilmMeshInput mesh = new FilmMeshInput(n, 1, 1, CELL, CELL, CELL, FilmShape.WIRE, 0, false, false);
		RegionInput right = new RegionInput("hard", new PlaneShape.Placed(new PlaneShape.Box(LENGTH / 2, 1), 0.75 * LENGTH, 0, 0),
				Optional.of(material(K_RIGHT)), 1);
		FilmLayerInput film = new FilmLayerInput("wire", material(K_LEFT), 0, 1, Optional.empty(), List.of(), List.of(right),
				Optional.empty());
		MicromagneticInput input = MicromagneticInput.builder("Step", "wall", mesh, material(K_LEFT),
				new InitialStateInput.DomainWall(java.util.OptionalDouble.of(centre), java.util.OptionalDouble.of(3 * NM),
						WallArrangement.UP_DOWN, WallChirality.BLOCH))
				.films(List.of(film)).demag(false)
				.groundState(new GroundStateSearch(GroundStateSearch.Method.MINIMIZE, 1e-7, 1_000_000)).build();
		try (CellLoops loops = CellLoops.sequential()) {
			MicromagneticSystem system = new MicromagneticSystem(input, loops);
			VectorField m = InitialMagnetization.of(system.magnet(), input, null);
			system.findGroundState(m, RunControl.NONE);
			double wall = EnergyBreakdown.of(system.equation(), m, 0).get("total");
			VectorField up = system.magnet().uniform(0, 0, 1);
			double uniform = EnergyBreakdown.of(system.equation(), up, 0).get("total");
			// the width from the slope at the centre: dm_z/dx = −1/δ where m_z crosses 0
			double width = Double.NaN;
			for (int i = 0; i + 1 < n; i++) {
				if (m.z(i) > 0 && m.z(i + 1) <= 0) {
					width = CELL / (m.z(i) - m.z(i + 1));
				}
			}
			return new double[] { wall - uniform, width };
		}
	}

	@Test
	void aWallHasTheEnergyAndWidthOfTheRegionItSitsIn() {
		double area = CELL * CELL;
		for (double[] c : new double[][] { { 64 * NM, K_LEFT }, { 192 * NM, K_RIGHT } }) {
			double[] wall = wallEnergyAndWidth(c[0]);
			double k = c[1];
			assertEquals(4 * Math.sqrt(EXCHANGE * k) * area, wall[0], 0.005 * 4 * Math.sqrt(EXCHANGE * k) * area,
					"wall energy at x0 = " + c[0] / NM + " nm");
			assertEquals(Math.sqrt(EXCHANGE / k), wall[1], 0.02 * Math.sqrt(EXCHANGE / k), "wall width at x0 = " + c[0] / NM + " nm");
		}
	}
}
