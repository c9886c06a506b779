package org.spintex.dsl.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.spintex.dsl.diff.ModelFacts.Fact;
import org.spintex.dsl.diff.ModelFacts.Part;

/**
 * The physics that changed between two versions of a device file: parts added and removed, parts renamed (an unmatched
 * part of one version whose facts mostly agree with an unmatched part of the same kind in the other), and facts
 * changed, each with both values in canonical units and, for a single quantity, the relative change. A unit rewrite
 * ({@code 1000 nm} → {@code 1 um}), reordered properties or parts and layout are no change. A changed material names
 * the parts that use it.
 */
public final class ModelDiff {

	/** How much of a part's facts must agree for an unmatched pair to count as one part renamed. */
	static final double RENAME_AGREEMENT = 0.8;

	public enum Kind {
		ADDED, REMOVED, RENAMED, CHANGED
	}

	/**
	 * One change. For a part added, removed or renamed {@code fact} is empty; for a fact, {@code before} or
	 * {@code after} is empty when the fact was added or removed.
	 *
	 * @param part the part's path in the newer version ("device Track › film track"), the older one's if removed
	 * @param relative the relative change of a single quantity ((after − before)/|before|), else empty
	 * @param usedBy for a material, the parts of the newer version that use it
	 */
	public record Change(Kind kind, String part, String fact, String before, String after, OptionalDouble relative,
			List<String> usedBy) {
	}

	private ModelDiff() {
	}

	/** The changes from {@code before} to {@code after}, materials first, then the parts in the newer file's order. */
	public static List<Change> between(ModelFacts before, ModelFacts after) {
		Map<String, Part> old = index(before), current = index(after);
		Map<Part, Part> matched = new LinkedHashMap<>();
		for (Part part : after.parts()) {
			Part previous = old.get(part.key());
			if (previous != null) {
				matched.put(part, previous);
			}
		}
		// materials before the parts that refer to them, so that a part's reference to a renamed material is no change
		Map<String, String> renamed = new HashMap<>();
		Map<Part, Part> renames = new LinkedHashMap<>();
		for (boolean materials : new boolean[] { true, false }) {
			List<Part> removed = before.parts().stream().filter(p -> !current.containsKey(p.key()))
					.filter(p -> p.kind().equals("material") == materials).toList();
			List<Part> added = after.parts().stream().filter(p -> !old.containsKey(p.key()))
					.filter(p -> p.kind().equals("material") == materials).toList();
			Set<Part> taken = new LinkedHashSet<>();
			for (Part gone : removed) {
				Part best = null;
				double bestAgreement = RENAME_AGREEMENT;
				for (Part candidate : added) {
					if (taken.contains(candidate) || !candidate.kind().equals(gone.kind())
							|| !java.util.Objects.equals(candidate.device(), gone.device())) {
						continue;
					}
					double agreement = agreement(gone, candidate, renamed);
					if (agreement >= bestAgreement) {
						best = candidate;
						bestAgreement = agreement;
					}
				}
				if (best != null) {
					taken.add(best);
					renames.put(best, gone);
					renamed.put(gone.name(), best.name());
				}
			}
		}
		List<Change> changes = new ArrayList<>();
		for (Part part : after.parts()) {
			Part previous = matched.get(part);
			if (previous == null && renames.containsKey(part)) {
				previous = renames.get(part);
				changes.add(new Change(Kind.RENAMED, part.path(), "", previous.name(), part.name(), OptionalDouble.empty(),
						List.of()));
			}
			if (previous == null) {
				changes.add(new Change(Kind.ADDED, part.path(), "", "", "", OptionalDouble.empty(), List.of()));
				continue;
			}
			List<String> users = part.kind().equals("material") ? usersOf(part.name(), after) : List.of();
			Set<String> keys = new LinkedHashSet<>(previous.facts().keySet());
			keys.addAll(part.facts().keySet());
			for (String key : keys) {
				Fact was = previous.facts().get(key), is = part.facts().get(key);
				if (was != null && is != null && was.same(is, renamed)) {
					continue;
				}
				changes.add(new Change(Kind.CHANGED, part.path(), key, was == null ? "" : was.shown(), is == null ? "" : is.shown(),
						was != null && is != null ? was.relativeChange(is) : OptionalDouble.empty(), users));
			}
		}
		Set<Part> kept = new LinkedHashSet<>(matched.values());
		kept.addAll(renames.values());
		before.parts().stream().filter(p -> !kept.contains(p))
				.forEach(p -> changes.add(new Change(Kind.REMOVED, p.path(), "", "", "", OptionalDouble.empty(), List.of())));
		return changes;
	}

	private static Map<String, Part> index(ModelFacts facts) {
		Map<String, Part> index = new LinkedHashMap<>();
		// a later definition of a name shadows an earlier (an imported material redefined in the file)
		facts.parts().forEach(p -> index.put(p.key(), p));
		return index;
	}

	/** The share of the two parts' facts that say the same. */
	static double agreement(Part a, Part b, Map<String, String> renamed) {
		Set<String> keys = new LinkedHashSet<>(a.facts().keySet());
		keys.addAll(b.facts().keySet());
		if (keys.isEmpty()) {
			return 1;
		}
		long same = keys.stream().filter(k -> a.facts().containsKey(k) && b.facts().containsKey(k)
				&& a.facts().get(k).same(b.facts().get(k), renamed)).count();
		return (double) same / keys.size();
	}

	/** The parts that name material {@code name} ("device Track › film track"). */
	private static List<String> usersOf(String name, ModelFacts facts) {
		return facts.parts().stream().filter(p -> !p.kind().equals("material"))
				.filter(p -> p.facts().values().stream().anyMatch(f -> name.equals(f.reference()))).map(Part::path).toList();
	}
}
