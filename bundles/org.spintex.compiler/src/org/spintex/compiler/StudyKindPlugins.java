package org.spintex.compiler;

import java.util.Map;
import java.util.Optional;

import org.spintex.dsl.catalog.StudyKinds;
import org.spintex.input.StudyEngine;
import org.spintex.input.StudyEngines;
import org.spintex.input.StudyInput;

/**
 * Finds the compiler and the engine of a study kind: those of a {@link StudyKindPlugin}, or for the kinds
 * the language ships with, the compiler here and the engine its engine bundle registers ({@link StudyEngines}).
 */
public final class StudyKindPlugins {

	/** The compilers of the built-in study kinds; the compiler layer sits below the engines and may name them. */
	private static final Map<String, StudyKindCompiler> BUILT_IN = Map.of(
			"topological-drag", new TopologicalDragCompiler(),
			"micromagnetic", new MicromagneticCompiler(),
			"geometric-torque", new GeometricTorqueCompiler(),
			"winding-battery", new WindingBatteryCompiler(),
			"texture-forces", new TextureForcesCompiler(),
			"macrospin", new SpinOrbitCompiler());

	private StudyKindPlugins() {
	}

	/** The compiler of the study kind {@code kind}, if it has one. */
	public static Optional<StudyKindCompiler> compiler(String kind) {
		return StudyKinds.named(kind).map(found -> found instanceof StudyKindPlugin plugin ? plugin : BUILT_IN.get(kind));
	}

	/** The engine that runs {@code input}, if one is registered. */
	@SuppressWarnings("unchecked")
	public static <I extends StudyInput> Optional<StudyEngine<I>> engine(I input) {
		Optional<StudyEngine<I>> ofPlugin = StudyKinds.named(input.engine()).filter(StudyKindPlugin.class::isInstance)
				.map(kind -> ((StudyKindPlugin) kind).engine()).filter(engine -> engine.inputType().isInstance(input))
				.map(engine -> (StudyEngine<I>) engine);
		return ofPlugin.isPresent() ? ofPlugin : StudyEngines.forInput(input);
	}
}
