package org.spintex.engine.drag.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.core.results.ResultSink;
import org.spintex.core.results.RunCancelledException;
import org.spintex.core.results.RunControl;
import org.spintex.input.AnisotropyInput;
import org.spintex.input.AnisotropyKind;
import org.spintex.input.DmiKind;
import org.spintex.input.DragContactInput;
import org.spintex.input.FilmSizeInput;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.TopologicalDragInput;

/** The model end to end on seed 000's two-terminal film: statics → Thiele → contacts → signal → transient. */
class TopologicalDragModelTest {

	/** A chiral magnet: exchange, interfacial D (MuMax3's sign), easy axis z, Ms with γ0, damping. */
	static MagnetMaterialInput chiral(double exchange, double dmi, double anisotropy, double ms, double alpha) {
		return new MagnetMaterialInput(ms, exchange, alpha, 1.7595e11,
				List.of(new AnisotropyInput(AnisotropyKind.UNIAXIAL, anisotropy, Vector3.UNIT_Z)), DmiKind.INTERFACIAL, dmi);
	}

	static TopologicalDragInput input(double thickness, double temperature, double rho0) {
		return new TopologicalDragInput("D", "drag", chiral(0.7e-12, 1e-4, 6e4, 110e3, 0.02), new FilmSizeInput(thickness, 2e-6, 1e-6),
				new DragContactInput("left", 1e-3, 0.5, 1e-3, OptionalDouble.empty()),
				new DragContactInput("right", 0, 0.5, 1e-3, OptionalDouble.of(100)), temperature, 1,
				Double.isNaN(rho0) ? OptionalDouble.empty() : OptionalDouble.of(rho0), OptionalDouble.empty(), OptionalDouble.empty(), 1e-3,
				100, 4, 0, 0, List.of("skyrmion-radius", "skyrmion-energy", "collapse-barrier", "diffusion-constant",
						"mobility", "equilibrium-density", "skyrmion-current", "drag-coefficient", "regime", "transient"));
	}

	@Test
	void transientReachesTheSteadyCurrentOfEquation37AndConservesCharge() {
		Recorder sink = new Recorder();
		new TopologicalDragModel().run(input(1e-9, 50, Double.NaN), sink, RunControl.NONE);
		double steady = sink.scalars.get("skyrmion-current");
		List<double[]> table = sink.tables.get("table");
		double[] last = table.get(table.size() - 1);
		assertEquals(steady, last[2], 1e-3 * steady);
		// implicit Euler: N(t_n) − N(t_{n−1}) = Δt (j_L − j_R)(t_n), seed 000 eq. (33) integrated over x
		for (int n = 1; n < table.size(); n++) {
			double[] a = table.get(n - 1), b = table.get(n);
			double balance = (b[0] - a[0]) * (b[1] - b[2]);
			assertEquals(balance, b[3] - a[3], 1e-9 * Math.abs(b[3]) + 1e-12 * Math.abs(balance));
		}
		assertTrue(sink.scalars.containsKey("steady-state-time"));
	}

	@Test
	void einsteinRelationAndDefaultDensityFollowFromTheStatics() {
		Recorder sink = new Recorder();
		new TopologicalDragModel().run(input(1e-9, 50, Double.NaN), sink, RunControl.NONE);
		double kT = 1.380649e-23 * 50;
		// eq. (16): µ = D / k_BT
		assertEquals(sink.scalars.get("diffusion-constant") / kT, sink.scalars.get("mobility"),
				1e-12 * sink.scalars.get("mobility"));
		// eq. (22) with one skyrmion per area πR0² of the ansatz
		double r0 = sink.scalars.get("cutoff-radius");
		assertEquals(r0 / 2, sink.scalars.get("skyrmion-radius"), 1e-9 * r0, "n_z = cos(π(1 − r/R0)) vanishes at R0/2");
		assertEquals(Math.exp(-sink.scalars.get("skyrmion-energy") / kT) / (Math.PI * r0 * r0),
				sink.scalars.get("equilibrium-density"), 1e-9 * sink.scalars.get("equilibrium-density"));
		assertEquals("gas", sink.words.get("regime"));
	}

	/** Eq. (20) with a rigid texture: D ∝ k_BT at fixed tensors. */
	@Test
	void diffusionIsProportionalToTemperature() {
		TopologicalDragModel model = new TopologicalDragModel();
		double d20 = model.steady(input(1e-9, 20, 1e10)).diffusionM2PerS();
		double d40 = model.steady(input(1e-9, 40, 1e10)).diffusionM2PerS();
		assertEquals(2, d40 / d20, 1e-12);
	}

	/** Sec. V: k_BT above the collapse barrier means no protected charge. */
	@Test
	void regimesOfSectionFive() {
		assertEquals(SkyrmionGasRegime.GAS, SkyrmionGasRegime.classify(0.5, 10, 100, 1));
		assertEquals(SkyrmionGasRegime.LIQUID, SkyrmionGasRegime.classify(0.5, 1, 100, 10));
		assertEquals(SkyrmionGasRegime.CRYSTAL, SkyrmionGasRegime.classify(0.5, -1, 100, 1));
		// D ≥ D_c: the uniform state is lost even where the ansatz still has E0 > 0
		assertEquals(SkyrmionGasRegime.CRYSTAL, SkyrmionGasRegime.classify(1.2, 10, 100, 1));
		assertEquals(SkyrmionGasRegime.UNPROTECTED, SkyrmionGasRegime.classify(0.5, 1, 5, 10));
		Recorder sink = new Recorder();
		new TopologicalDragModel().run(input(1e-9, 400, 1e10), sink, RunControl.NONE);
		assertEquals("unprotected", sink.words.get("regime"));
		assertTrue(sink.warnings.get(0).startsWith("k_B T exceeds the collapse barrier"), sink.warnings.toString());
	}

	/**
	 * The film of the cross-engine case, A_ex 10 pJ/m, D_ex 2 mJ/m², K 0.5 MJ/m³, d 1 nm (D = 0.70 D_c), where the
	 * micromagnetic engine relaxes a stable isolated skyrmion: eq. (25)'s constants are A = 2A_ex d, κ = 2Kd,
	 * D = D_ex d, so the skyrmion is an excitation above the uniform state, E0 = 8πA_ex d (C − 0.49), R0 = πD_ex/K.
	 */
	@Test
	void chiralFilmAtSevenTenthsOfTheCriticalDmiHostsADiluteGas() {
		TopologicalDragInput in = new TopologicalDragInput("D", "drag", chiral(10e-12, 2e-3, 0.5e6, 1e6, 0.1),
				new FilmSizeInput(1e-9, 1e-6, 1e-6),
				new DragContactInput("left", 1e-9, 0.5, 1e-3, OptionalDouble.empty()),
				new DragContactInput("right", 0, 0.5, 1e-3, OptionalDouble.of(100)), 50, 1, OptionalDouble.empty(),
				OptionalDouble.empty(), OptionalDouble.empty(), 1e-3, 100, 4, 0, 0, List.of("skyrmion-radius", "skyrmion-energy", "regime"));
		Recorder sink = new Recorder();
		new TopologicalDragModel().run(in, sink, RunControl.NONE);
		double dc = 4 * Math.sqrt(10e-12 * 0.5e6) / Math.PI;
		double ratio2 = (2e-3 / dc) * (2e-3 / dc);
		assertEquals(2 * 10e-12 * 1e-9, sink.scalars.get("A_2D"), 1e-32);
		assertEquals(2 * 0.5e6 * 1e-9, sink.scalars.get("kappa"), 1e-18);
		assertEquals(2e-3 * 1e-9, sink.scalars.get("D_2D"), 1e-26);
		assertEquals(Math.PI * 2e-3 / 0.5e6, sink.scalars.get("cutoff-radius"), 1e-17);
		double e0 = 8 * Math.PI * 10e-12 * 1e-9 * (org.spintex.engine.drag.statics.HardCutoffClosedForms.exchangeConstant() - ratio2);
		assertEquals(e0, sink.scalars.get("skyrmion-energy"), 1e-5 * e0);
		assertEquals("gas", sink.words.get("regime"));
		assertTrue(sink.warnings.stream().noneMatch(w -> w.contains("unstable")), sink.warnings.toString());
	}

	@Test
	void aCancelledRunStopsInTheTransient() {
		RunControl cancelled = new RunControl() {
			@Override
			public void progress(String stage, double fraction) {
			}

			@Override
			public boolean cancelled() {
				return true;
			}
		};
		Recorder sink = new Recorder();
		assertThrows(RunCancelledException.class,
				() -> new TopologicalDragModel().run(input(1e-9, 50, Double.NaN), sink, cancelled));
		// the steady results came before the transient and are kept
		assertTrue(sink.scalars.containsKey("drag-coefficient"));
	}

	static final class Recorder implements ResultSink {
		final Map<String, Double> scalars = new HashMap<>();
		final Map<String, String> words = new HashMap<>();
		final Map<String, List<double[]>> tables = new HashMap<>();
		final List<String> warnings = new ArrayList<>();

		@Override
		public void row(String table, List<String> columns, double[] values) {
			tables.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
		}

		@Override
		public void checkpoint(org.spintex.core.results.Checkpoint checkpoint) {
			throw new AssertionError("the drag engine has no time-stepped state");
		}

		@Override
		public void field(String name, org.spintex.core.results.FieldSnapshot snapshot) {
			throw new AssertionError("the drag engine has no fields");
		}

		@Override
		public void scalar(String name, double value, String siUnit) {
			scalars.put(name, value);
		}

		@Override
		public void word(String name, String value) {
			words.put(name, value);
		}

		@Override
		public void labelledTable(String name, List<String> columns, List<Object[]> rows) {
			throw new AssertionError("the drag model writes numeric tables only: " + name);
		}

		@Override
		public void table(String name, List<String> columns, List<double[]> rows) {
			tables.put(name, rows);
		}

		@Override
		public void warning(String message) {
			warnings.add(message);
		}
	}
}
