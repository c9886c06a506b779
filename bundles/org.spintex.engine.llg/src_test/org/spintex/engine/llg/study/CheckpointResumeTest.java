package org.spintex.engine.llg.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.core.results.Checkpoint;
import org.spintex.core.results.FieldSnapshot;
import org.spintex.core.results.ResultSink;
import org.spintex.core.results.RunCancelledException;
import org.spintex.core.results.RunControl;
import org.spintex.input.AnisotropyInput;
import org.spintex.input.FieldDriveInput;
import org.spintex.input.FilmMeshInput;
import org.spintex.input.InitialStateInput;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.MicromagneticInput;
import org.spintex.input.FieldFileFormat;
import org.spintex.input.IntegratorKind;

/**
 * A run stopped after some outputs and resumed from its last checkpoint retraces the uninterrupted
 * run bit for bit — for the adaptive integrator and for the stochastic one, whose thermal noise must
 * continue on the same random stream.
 */
class CheckpointResumeTest {

	private static MicromagneticInput input(IntegratorKind integrator, double temperature) {
		FilmMeshInput film = new FilmMeshInput(24, 16, 1, 2e-9, 2e-9, 2e-9, org.spintex.input.FilmShape.BOX, 0, false, false);
		MagnetMaterialInput material = new MagnetMaterialInput(600e3, 13e-12, 0.1, 1.7595e11,
				List.of(new AnisotropyInput(org.spintex.input.AnisotropyKind.UNIAXIAL, 3e5, Vector3.UNIT_Z)), org.spintex.input.DmiKind.INTERFACIAL, 2e-3);
		return MicromagneticInput.builder("D", "s", film, material, new InitialStateInput.Uniform(new Vector3(1, 0.3, 0.2)))
				.fieldDrives(List.of(new FieldDriveInput(new Vector3(0, 0.02, 0.05), 2e9, 0, Double.POSITIVE_INFINITY)))
				.temperature(temperature).seed(7).duration(0.2e-9).integrator(integrator).timeStep(2e-14).outputInterval(0.02e-9)
				.fieldOutputs(List.of()).fieldFormat(FieldFileFormat.OVF_BINARY8).build();
	}

	@Test
	void adaptiveRunResumesExactly() {
		assertResumesExactly(input(IntegratorKind.RK45, 0));
	}

	@Test
	void stochasticRunResumesOnTheSameNoise() {
		assertResumesExactly(input(IntegratorKind.HEUN, 300));
	}

	private static void assertResumesExactly(MicromagneticInput input) {
		Recorder whole = new Recorder();
		new MicromagneticStudy().run(input, null, whole, RunControl.NONE, 1);

		Recorder first = new Recorder();
		RunControl stopAfterFour = new RunControl() {
			@Override
			public void progress(String stage, double fraction) {
			}

			@Override
			public boolean cancelled() {
				return first.checkpoints.size() >= 4;
			}
		};
		assertThrows(RunCancelledException.class, () -> new MicromagneticStudy().run(input, null, first, stopAfterFour, 2));
		Checkpoint last = first.checkpoints.get(first.checkpoints.size() - 1);
		assertEquals(4, last.outputs());

		Recorder rest = new Recorder();
		new MicromagneticStudy().run(input, null, last, rest, RunControl.NONE, 2);
		assertEquals(whole.rows.size(), first.rows.size() + rest.rows.size());
		for (int i = 0; i < rest.rows.size(); i++) {
			assertArrayEquals(whole.rows.get(first.rows.size() + i), rest.rows.get(i), "row " + (first.rows.size() + i));
		}
		FieldSnapshot a = whole.fields.get("m_final"), b = rest.fields.get("m_final");
		assertNotNull(b);
		for (int d = 0; d < 3; d++) {
			assertArrayEquals(a.components()[d], b.components()[d]);
		}
		// the adaptive run's statistics carry over the checkpoint: the resumed run reports what the whole one does
		assertEquals(whole.scalars.get("steps"), rest.scalars.get("steps"));
		assertEquals(whole.scalars.get("rejected-steps"), rest.scalars.get("rejected-steps"));
		assertEquals(whole.scalars.get("smallest-step"), rest.scalars.get("smallest-step"));
		if (input.integrator().adaptive()) {
			assertTrue(whole.scalars.get("smallest-step") > 0 && whole.scalars.get("rejected-steps") >= 0, whole.scalars.toString());
		}
	}

	private static final class Recorder implements ResultSink {
		final List<double[]> rows = new ArrayList<>();
		final List<Checkpoint> checkpoints = new ArrayList<>();
		final java.util.Map<String, FieldSnapshot> fields = new java.util.HashMap<>();
		final java.util.Map<String, Double> scalars = new java.util.HashMap<>();

		@Override
		public void scalar(String name, double value, String siUnit) {
			scalars.put(name, value);
		}

		@Override
		public void word(String name, String value) {
		}

		@Override
		public void labelledTable(String name, List<String> columns, List<Object[]> rows) {
		}

		@Override
		public void table(String name, List<String> columns, List<double[]> rows) {
		}

		@Override
		public void row(String table, List<String> columns, double[] values) {
			rows.add(values);
		}

		@Override
		public void field(String name, FieldSnapshot snapshot) {
			fields.put(name, snapshot);
		}

		@Override
		public void checkpoint(Checkpoint checkpoint) {
			checkpoints.add(checkpoint);
		}

		@Override
		public void warning(String message) {
		}
	}
}
