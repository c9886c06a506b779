package org.spintex.dsl.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.spintex.core.registry.Registrations;

/**
 * Every study kind the language knows: the built-in ones, then those registered by other bundles
 * ({@link StudyKind}). A registration that reuses a built-in kind's word must carry that kind's catalog entry
 * (the compiler's registrations of the built-in kinds do); any other clash is refused with both classes named.
 */
public final class StudyKinds {

	private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

	private static volatile Map<String, StudyKind> known;

	private StudyKinds() {
	}

	/** The kind named {@code name}, if there is one. */
	public static Optional<StudyKind> named(String name) {
		return name == null ? Optional.empty() : Optional.ofNullable(all().get(name));
	}

	/** Every kind's word: the built-in ones in the reference's order, then the registered ones by name. */
	public static List<String> names() {
		return List.copyOf(all().keySet());
	}

	/** Every kind, by word, in the order of {@link #names()}. */
	public static Map<String, StudyKind> all() {
		Map<String, StudyKind> kinds = known;
		if (kinds == null) {
			kinds = merge(PropertyCatalog.builtInStudies(), Registrations.load(StudyKind.class));
			known = kinds;
		}
		return kinds;
	}

	/** The built-in kinds, then the registered ones; a registered kind may stand for a built-in one only with its entry. */
	static Map<String, StudyKind> merge(Map<String, ElementSchema> builtIn, List<StudyKind> registered) {
		Map<String, StudyKind> kinds = new LinkedHashMap<>();
		builtIn.forEach((name, schema) -> kinds.put(name, new BuiltInStudyKind(name, schema)));
		List<StudyKind> added = new ArrayList<>(registered);
		added.sort((a, b) -> a.name().compareTo(b.name()));
		for (StudyKind kind : added) {
			String name = kind.name();
			if (name == null || !WORD.matcher(name).matches()) {
				throw new IllegalStateException("study kind " + kind.getClass().getName() + " is named '" + name
						+ "'; a study kind's word is lower-case letters and digits with inner hyphens, e.g. 'spin-wave'");
			}
			StudyKind before = kinds.get(name);
			if (before instanceof BuiltInStudyKind builtInKind) {
				if (kind.schema() != builtInKind.schema()) {
					throw new IllegalStateException(kind.getClass().getName() + " registers study kind '" + name
							+ "', which is built in; give it another word");
				}
				continue;
			}
			if (before != null) {
				throw new IllegalStateException("study kind '" + name + "' is registered twice: by "
						+ before.getClass().getName() + " and by " + kind.getClass().getName());
			}
			kinds.put(name, kind);
		}
		return java.util.Collections.unmodifiableMap(kinds);
	}
}
