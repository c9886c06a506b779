package org.spintex.runner.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.spintex.core.results.Checkpoint;
import org.spintex.core.results.FieldSnapshot;
import org.spintex.core.results.RunControl;
import org.spintex.engine.drag.model.TopologicalDragModel;
import org.spintex.engine.llg.study.MicromagneticStudy;
import org.spintex.engine.macrospin.study.SpinOrbitStudy;
import org.spintex.engine.negf.study.GeometricTorqueStudy;
import org.spintex.engine.texture.study.TextureForcesStudy;
import org.spintex.engine.winding.study.WindingBatteryStudy;
import org.spintex.input.GeometricTorqueInput;
import org.spintex.input.InitialStateInput;
import org.spintex.input.MicromagneticInput;
import org.spintex.input.SpinOrbitInput;
import org.spintex.input.StudyInput;
import org.spintex.input.TextureForcesInput;
import org.spintex.input.TopologicalDragInput;
import org.spintex.input.WindingBatteryInput;
import org.spintex.io.ovf.OvfReader;

/** Hands each kind of compiled input to its engine, with the files it needs already read. */
final class Engines {

	private Engines() {
	}

	/**
	 * Runs one point; {@code threads} is what the point may use for its own parallel loops. A
	 * time-stepping engine continues from {@code resume} when there is one.
	 */
	static void run(StudyInput input, PointRecorder sink, RunControl control, int threads, Checkpoint resume) {
		switch (input) {
		case TopologicalDragInput drag -> new TopologicalDragModel().run(drag, sink, control);
		case MicromagneticInput llg -> {
			sink.setFieldFormat(llg.fieldFormat());
			new MicromagneticStudy().run(llg, resume == null ? initialFile(llg) : null, resume, sink, control, threads);
		}
		case GeometricTorqueInput electrons -> new GeometricTorqueStudy().run(electrons, sink, control, threads);
		case WindingBatteryInput battery -> new WindingBatteryStudy().run(battery, sink, control);
		case SpinOrbitInput macrospin -> new SpinOrbitStudy().run(macrospin, sink, control);
		case TextureForcesInput forces -> {
			sink.setFieldFormat(forces.texture().fieldFormat());
			new TextureForcesStudy().run(forces, initialFile(forces.texture()), sink, control, threads);
		}
		}
	}

	private static FieldSnapshot initialFile(MicromagneticInput input) {
		if (!(input.initialState() instanceof InitialStateInput.FromFile file)) {
			return null;
		}
		try {
			return OvfReader.read(Files.readAllBytes(Path.of(file.path())));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the initial state " + file.path() + ": " + e.getMessage(), e);
		}
	}
}
