package org.spintex.input;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.spintex.core.registry.Registrations;

/** The registered engines, by the input type they take. */
public final class StudyEngines {

	private static volatile Map<Class<?>, StudyEngine<?>> registered;

	private StudyEngines() {
	}

	/** The engine that runs {@code input}, if one is registered for its type. */
	@SuppressWarnings("unchecked")
	public static <I extends StudyInput> Optional<StudyEngine<I>> forInput(I input) {
		return Optional.ofNullable((StudyEngine<I>) all().get(input.getClass()));
	}

	/** Every registered engine, by input type. */
	public static Map<Class<?>, StudyEngine<?>> all() {
		Map<Class<?>, StudyEngine<?>> engines = registered;
		if (engines == null) {
			engines = byInputType(Registrations.load(StudyEngine.class));
			registered = engines;
		}
		return engines;
	}

	/** @throws IllegalStateException when two engines take the same input type */
	static Map<Class<?>, StudyEngine<?>> byInputType(List<StudyEngine> engines) {
		Map<Class<?>, StudyEngine<?>> byType = new HashMap<>();
		for (StudyEngine<?> engine : engines) {
			StudyEngine<?> before = byType.put(engine.inputType(), engine);
			if (before != null) {
				throw new IllegalStateException("two engines run " + engine.inputType().getName() + ": "
						+ before.getClass().getName() + " and " + engine.getClass().getName());
			}
		}
		return Map.copyOf(byType);
	}
}
