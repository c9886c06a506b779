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
import org.spintex.input.RegionCouplingInput;
import org.spintex.input.RegionInput;

/**
 * The exchange bond between two regions. A chain of cells along x, twisted in the plane between two end regions held
 * by a strong anisotropy at 0 and at Θ: in equilibrium every bond carries the same exchange torque, A_bond sin Δθ, the
 * discrete form of a continuous flux 2A ∂θ/∂x across the interface. So the twist per bond in each region goes as 1/A
 * (Δθ₂/Δθ₁ = A₁/A₂), and across the interface bond as 1/A₁₂ with A₁₂ = s·2A₁A₂/(A₁ + A₂), the harmonic mean times
 * the regions' exchange scale s. A coupling of two regions sets the factor of their common bonds in place of the
 * regions' own, and leaves their bonds with other regions alone.
 */
class InterfaceBondTest {

	private static final double NM = 1e-9;
	private static final double A1 = 10e-12;
	private static final double A2 = 30e-12;
	private static final double TWIST = 0.3;
	private static final int CELLS = 60;

	private static MagnetMaterialInput material(double exchange, double k, double angle) {
		List<AnisotropyInput> anisotropy = k == 0 ? List.of()
				: List.of(new AnisotropyInput(AnisotropyKind.UNIAXIAL, k, new Vector3(Math.cos(angle), Math.sin(angle), 0)));
		return new MagnetMaterialInput(1e6, exchange, 0.5, PhysicalConstants.GAMMA0_DEFAULT, anisotropy, DmiKind.NONE, 0);
	}

	private static RegionInput band(String name, double from, double to, MagnetMaterialInput material, double scale) {
		return new RegionInput(name, new PlaneShape.Placed(new PlaneShape.Box(to - from, 1), (from + to) / 2, 0, 0),
				Optional.of(material), scale);
	}

	/** The angle of every cell of the relaxed chain whose right half has A2 and the interface scale s. */
	private static double[] angles(double scale) {
		return angles(scale, List.of());
	}

	private static double[] angles(double scale, List<RegionCouplingInput> couplings) {
		double cell = NM;
		FilmMeshInput mesh = new FilmMeshInput(CELLS, 1, 1, cell, cell, cell, FilmShape.WIRE, 0, false, false);
		double pin = 1e9;
		List<RegionInput> regions = List.of(band("soft", CELLS / 2 * cell, CELLS * cell, material(A2, 0, 0), scale),
				band("left-end", 0, 2 * cell, material(A1, pin, 0), 1),
				band("right-end", (CELLS - 2) * cell, CELLS * cell, material(A2, pin, TWIST), 1));
		FilmLayerInput film = new FilmLayerInput("chain", material(A1, 0, 0), 0, 1, Optional.empty(), List.of(), regions,
				Optional.empty(), couplings);
		MicromagneticInput input = MicromagneticInput.builder("Chain", "twist", mesh, material(A1, 0, 0),
				new InitialStateInput.Uniform(new Vector3(1, 0.05, 0))).films(List.of(film)).demag(false)
				.groundState(new GroundStateSearch(GroundStateSearch.Method.MINIMIZE, 1e-9, 2_000_000)).build();
		try (CellLoops loops = CellLoops.sequential()) {
			MicromagneticSystem system = new MicromagneticSystem(input, loops);
			VectorField m = InitialMagnetization.of(system.magnet(), input, null);
			system.findGroundState(m, RunControl.NONE);
			double[] phi = new double[CELLS];
			for (int i = 0; i < CELLS; i++) {
				phi[i] = Math.atan2(m.y(i), m.x(i));
			}
			return phi;
		}
	}

	@Test
	void theTwistPerBondGoesAsOneOverTheBondsStiffness() {
		for (double scale : new double[] { 1, 0.5 }) {
			double[] phi = angles(scale);
			// bonds well inside each region, and the interface bond between cells 29 and 30
			double inA1 = phi[15] - phi[14];
			double inA2 = phi[45] - phi[44];
			double across = phi[30] - phi[29];
			double a12 = scale * 2 * A1 * A2 / (A1 + A2);
			assertEquals(A1 / A2, Math.sin(inA2) / Math.sin(inA1), 1e-6, "flux continuity, scale " + scale);
			assertEquals(A1 / a12, Math.sin(across) / Math.sin(inA1), 1e-6, "the interface bond, scale " + scale);
		}
	}

	@Test
	void aCouplingOfTwoRegionsSetsTheirBondAlone() {
		double pair = 0.2, own = 0.5;
		// the film's own cells (named by the film) and the soft half: their bond takes the coupling's factor
		double[] phi = angles(own, List.of(new RegionCouplingInput("chain", "soft", pair)));
		double inA1 = phi[15] - phi[14];
		double across = phi[30] - phi[29];
		assertEquals(A1 / (pair * 2 * A1 * A2 / (A1 + A2)), Math.sin(across) / Math.sin(inA1), 1e-6, "the coupled bond");
		// soft's bond with the pinned right end keeps the product of the regions' own factors: own · 1 · A2
		double intoEnd = phi[58] - phi[57];
		assertEquals(A1 / (own * A2), Math.sin(intoEnd) / Math.sin(inA1), 1e-6, "an uncoupled bond of the same region");
	}
}
