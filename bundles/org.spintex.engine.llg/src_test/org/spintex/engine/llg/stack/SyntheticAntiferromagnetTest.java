package org.spintex.engine.llg.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.core.parallel.CellLoops;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.observable.EnergyBreakdown;
import org.spintex.engine.llg.study.MicromagneticSystem;
import org.spintex.input.FilmMeshInput;
import org.spintex.input.FilmShape;
import org.spintex.input.GroundStateSearch;
import org.spintex.input.InitialStateInput;
import org.spintex.input.InterlayerCouplingInput;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.MicromagneticInput;

/**
 * Two identical films of thickness t coupled across a spacer with σ < 0 (a synthetic antiferromagnet) in an in-plane
 * field B = µ₀H. Each film a macrospin at the angle φ from the field, symmetric about it, the energy per area is
 * E/S = −σ cos 2φ − σ₂ cos² 2φ − 2 Ms t B cos φ (docs/physics/stacks.md). With σ₂ = 0, ∂E/∂φ =
 * 2 sin φ (2σ cos φ + Ms t B) = 0 gives the canting cos φ = −Ms t B/(2σ) below the saturation field
 * B_sat = −2σ/(Ms t), and cos φ = 1 above it. A relaxed micromagnetic stack of one layer per film, on a periodic mesh
 * (infinite films, no in-plane gradient), must reproduce it.
 */
class SyntheticAntiferromagnetTest {

	private static final double NM = 1e-9;
	private static final double MS = 1.0e6;
	private static final double THICKNESS = 1 * NM;
	/** σ = −0.5 mJ/m²: B_sat = 2 · 0.5e-3 / (1e6 · 1e-9) = 1 T. */
	private static final double SIGMA = -0.5e-3;
	private static final MagnetMaterialInput COBALT = Stacks.material(MS, 15e-12, List.of());
	private static final FilmMeshInput MESH = new FilmMeshInput(2, 2, 3, 2 * NM, 2 * NM, THICKNESS, FilmShape.BOX, 0, true, true);

	private static MicromagneticInput saf(double fieldTesla, double bilinear, double biquadratic) {
		return MicromagneticInput.builder("SAF", "canting", MESH, COBALT, new InitialStateInput.Uniform(Vector3.UNIT_X))
				.films(List.of(Stacks.film("bottom", COBALT, 0, 1, new Vector3(0.05, 1, 0)),
						Stacks.film("top", COBALT, 2, 1, new Vector3(0.05, -1, 0))))
				.couplings(List.of(new InterlayerCouplingInput("ru", "bottom", "top", bilinear, biquadratic)))
				.staticField(new Vector3(fieldTesla, 0, 0)).demag(false)
				.groundState(new GroundStateSearch(GroundStateSearch.Method.MINIMIZE, 1e-9, 1_000_000)).build();
	}

	@Test
	void theFilmsCantSymmetricallyAsTheTwoMacrospinEnergySays() {
		double saturation = -2 * SIGMA / (MS * THICKNESS);
		assertEquals(1.0, saturation, 1e-12);
		for (double field : new double[] { 0.2, 0.5, 0.8 }) {
			VectorField m = Stacks.relaxed(saf(field, SIGMA, 0));
			double expected = -MS * THICKNESS * field / (2 * SIGMA);
			for (int c = 0; c < 4; c++) {
				assertEquals(expected, m.x(c), 1e-6, "bottom film, cos φ at B = " + field + " T");
				assertEquals(expected, m.x(8 + c), 1e-6, "top film, cos φ at B = " + field + " T");
				// the films cant to opposite sides of the field
				assertEquals(-m.y(c), m.y(8 + c), 1e-6);
				assertEquals(Math.sqrt(1 - expected * expected), Math.abs(m.y(c)), 1e-5);
			}
		}
	}

	@Test
	void aboveTheSaturationFieldBothFilmsFollowTheField() {
		VectorField m = Stacks.relaxed(saf(1.3, SIGMA, 0));
		assertEquals(1, m.x(0), 1e-9);
		assertEquals(1, m.x(8), 1e-9);
	}

	@Test
	void theTableEnergyIsTheSurfaceEnergyOfTheCantedFilms() {
		double field = 0.5;
		MicromagneticInput input = saf(field, SIGMA, 0);
		VectorField m = Stacks.relaxed(input);
		try (CellLoops loops = CellLoops.sequential()) {
			MicromagneticSystem system = new MicromagneticSystem(input, loops);
			double cosPhi = 0.5;
			double area = 4 * NM * 4 * NM;
			// −σ S m₁·m₂ with m₁·m₂ = cos 2φ = 2cos²φ − 1
			assertEquals(-SIGMA * area * (2 * cosPhi * cosPhi - 1), EnergyBreakdown.of(system.equation(), m, 0).get("interlayer"),
					1e-6 * Math.abs(SIGMA) * area);
		}
	}

	@Test
	void aBiquadraticCouplingAloneSetsTheFilmsAtRightAngles() {
		// E/S = −σ₂ cos² θ₁₂ with σ₂ < 0 is least at θ₁₂ = 90°
		VectorField m = Stacks.relaxed(saf(0, 0, -0.3e-3));
		double dot = m.x(0) * m.x(8) + m.y(0) * m.y(8) + m.z(0) * m.z(8);
		assertEquals(0, dot, 1e-6);
	}
}
