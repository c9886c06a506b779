package org.spintex.compiler;

import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Study;
import org.spintex.input.Axis;
import org.spintex.input.ChoiceWord;
import org.spintex.input.InterfaceModel;
import org.spintex.input.MicromagneticInput;
import org.spintex.input.SpinOrbitInput;

/** A spin-orbit study of a validated model → {@link SpinOrbitInput} in SI (seed 003): the film as one macrospin. */
final class SpinOrbitCompiler implements StudyKindCompiler {

	private static final double DEFAULT_TOLERANCE = 1e-9;
	private static final int DEFAULT_ROWS = 1000;

	@Override
	public SpinOrbitInput compile(Device device, Study study) {
		SiProperties settings = new SiProperties(study.getProperties());
		double duration = settings.require("duration");
		double tolerance = settings.get("tolerance", DEFAULT_TOLERANCE);
		MicromagneticInput macrospin = new MicromagneticCompiler().macrospinStage(device, study, duration, tolerance);
		return new SpinOrbitInput(device.getName(), study.getName(), macrospin, settings.word("interface").map(w -> ChoiceWord.of(InterfaceModel.class, w)).orElse(SpinOrbitInput.DEFAULT_INTERFACE),
				settings.get("exchange-ratio", 0), settings.optional("lattice-constant"),
				settings.get("electric-field", 0), duration, settings.get("output-every", duration / DEFAULT_ROWS), tolerance,
				(int) settings.get("portrait", 0), settings.word("portrait-axis").map(w -> ChoiceWord.of(Axis.class, w)).orElse(SpinOrbitInput.DEFAULT_PORTRAIT_AXIS), settings.get("gamma-correction", 0),
				settings.get("alpha-correction", 0));
	}
}
