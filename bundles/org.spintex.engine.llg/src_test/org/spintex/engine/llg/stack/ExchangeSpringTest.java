package org.spintex.engine.llg.stack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.input.AnisotropyInput;
import org.spintex.input.AnisotropyKind;
import org.spintex.input.FilmMeshInput;
import org.spintex.input.FilmShape;
import org.spintex.input.GroundStateSearch;
import org.spintex.input.InitialStateInput;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.MicromagneticInput;

/**
 * A soft film of thickness t grown on a hard film magnetised along +x, in a field B = µ₀H along −x: the soft film
 * stays parallel to the hard one until the bending field µ₀H_B = π²A/(2 Ms t²) (Kneller and Hawig, IEEE Trans. Magn.
 * 27, 3588 (1991); Fullerton et al., PRB 58, 12193 (1998)), where its top begins to turn (an exchange spring). With the
 * soft film pinned at the interface and free at its top, its lowest mode is θ ∝ sin(πz/2t), whose exchange cost
 * A(π/2t)² balances the Zeeman gain Ms B/2. The two films touch: the exchange across their interface is the
 * harmonic-mean bond of InterfaceExchangeField. The bending field of the micromagnetic stack is found by bisection
 * on the field (twisted or not after a minimisation that starts from a soft film at 90°) and must converge to the
 * analytic value as the cell shrinks: the pinning sits half a cell below the soft film, an error of order Δz/t
 * (measured: 18.1 %, 9.9 %, 5.7 % for 5, 10, 20 cells; Richardson's extrapolation 1.5 %).
 */
class ExchangeSpringTest {

	private static final double NM = 1e-9;
	private static final double MS = 1.0e6;
	private static final double EXCHANGE = 10e-12;
	private static final double SOFT_THICKNESS = 20 * NM;
	private static final MagnetMaterialInput SOFT = Stacks.material(MS, EXCHANGE, List.of());
	/** K = 1e8 J/m³: the hard film's wall width √(A/K) = 0.3 nm, well below a cell: it does not turn. */
	private static final MagnetMaterialInput HARD = Stacks.material(MS, EXCHANGE,
			List.of(new AnisotropyInput(AnisotropyKind.UNIAXIAL, 1e8, Vector3.UNIT_X)));

	/** The field (T, along −x) at which the soft film of {@code softLayers} cells begins to twist. */
	private static double bendingField(int softLayers) {
		double low = 0, high = 0.3;
		for (int i = 0; i < 12; i++) {
			double mid = 0.5 * (low + high);
			if (twists(softLayers, mid)) {
				high = mid;
			} else {
				low = mid;
			}
		}
		return 0.5 * (low + high);
	}

	private static boolean twists(int softLayers, double fieldTesla) {
		double dz = SOFT_THICKNESS / softLayers;
		int hardLayers = 2;
		FilmMeshInput mesh = new FilmMeshInput(1, 1, hardLayers + softLayers, dz, dz, dz, FilmShape.BOX, 0, true, true);
		MicromagneticInput input = MicromagneticInput.builder("Spring", "bend", mesh, SOFT, new InitialStateInput.Uniform(Vector3.UNIT_X))
				.films(List.of(Stacks.film("hard", HARD, 0, hardLayers, Vector3.UNIT_X),
						Stacks.film("soft", SOFT, hardLayers, softLayers, Vector3.UNIT_Y)))
				.staticField(new Vector3(-fieldTesla, 0, 0)).demag(false)
				.groundState(new GroundStateSearch(GroundStateSearch.Method.MINIMIZE, 1e-8, 5_000_000)).build();
		VectorField m = Stacks.relaxed(input);
		int top = hardLayers + softLayers - 1;
		// the top's angle from +x: 0 untwisted, ~√(B/B_B − 1) just above the bending field
		return Math.acos(Math.max(-1, Math.min(1, m.x(top)))) > 0.02;
	}

	@Test
	void theSoftFilmBendsAtTheKnellerHawigFieldInTheLimitOfSmallCells() {
		double analytic = Math.PI * Math.PI * EXCHANGE / (2 * MS * SOFT_THICKNESS * SOFT_THICKNESS);
		double previousError = Double.POSITIVE_INFINITY;
		double previousField = Double.NaN, field = Double.NaN;
		StringBuilder log = new StringBuilder();
		for (int layers : new int[] { 5, 10, 20 }) {
			previousField = field;
			field = bendingField(layers);
			double error = Math.abs(field - analytic) / analytic;
			log.append(String.format(java.util.Locale.ROOT, "%d layers: %.5f T (analytic %.5f T, %.2f %%)%n", layers, field,
					analytic, 100 * error));
			assertTrue(error < previousError / 1.6, "first-order convergence as the cell halves:\n" + log);
			previousError = error;
		}
		// the error is first order in Δz: Richardson's extrapolation of the last two removes it
		double extrapolated = 2 * field - previousField;
		log.append(String.format(java.util.Locale.ROOT, "extrapolated to Δz → 0: %.5f T (%.2f %%)%n", extrapolated,
				100 * (extrapolated - analytic) / analytic));
		System.out.print(log);
		assertTrue(previousError < 0.06, "20 layers within 6 % of π²A/(2Ms t²):\n" + log);
		assertTrue(Math.abs(extrapolated - analytic) < 0.02 * analytic, "extrapolated within 2 %:\n" + log);
	}
}
