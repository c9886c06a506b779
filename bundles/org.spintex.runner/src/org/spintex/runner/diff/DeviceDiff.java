package org.spintex.runner.diff;

import java.util.List;
import java.util.Locale;

import org.spintex.dsl.diff.ModelDiff;
import org.spintex.dsl.diff.ModelFacts;
import org.spintex.dsl.spintex.Model;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The difference of two versions of one device file as physics: the model's changes ({@link ModelDiff}) and the studies
 * they make stale ({@link StudyStaleness}), written for a terminal or as JSON for scripts.
 *
 * @param before the older version's name as shown ("a/racetrack.spintex", "HEAD~1:racetrack.spintex")
 */
public record DeviceDiff(String before, String after, List<ModelDiff.Change> changes, List<StudyStaleness.Study> studies) {

	public static DeviceDiff of(String beforeName, Model before, String afterName, Model after) {
		return new DeviceDiff(beforeName, afterName, ModelDiff.between(ModelFacts.of(before), ModelFacts.of(after)),
				StudyStaleness.between(before, after));
	}

	/** True when the two versions mean the same physics. */
	public boolean same() {
		return changes.isEmpty();
	}

	/**
	 * The text for a terminal: a header, then each changed part with its changes indented ({@code +} added, {@code -}
	 * removed, {@code ~} renamed), then each study, current or stale.
	 */
	public String text() {
		StringBuilder out = new StringBuilder();
		out.append("--- ").append(before).append('\n').append("+++ ").append(after).append('\n');
		if (changes.isEmpty()) {
			out.append("no change in physics\n");
			return out.toString();
		}
		String part = null;
		for (ModelDiff.Change change : changes) {
			switch (change.kind()) {
			case ADDED -> out.append("+ ").append(change.part()).append('\n');
			case REMOVED -> out.append("- ").append(change.part()).append('\n');
			case RENAMED -> out.append("~ ").append(change.part()).append(" (renamed from ").append(change.before()).append(")\n");
			case CHANGED -> {
				if (!change.part().equals(part)) {
					out.append(change.part()).append('\n');
				}
				out.append("    ").append(change.fact()).append(": ").append(fact(change)).append('\n');
			}
			}
			part = change.part();
		}
		if (!studies.isEmpty()) {
			out.append("studies:\n");
			for (StudyStaleness.Study study : studies) {
				out.append("    ").append(study.path()).append(": ").append(state(study)).append('\n');
			}
		}
		return out.toString();
	}

	/** One change on one line: "device Track › film track: thickness: 1 nm → 1.2 nm (+20.0 %)", "added device Track › region notch". */
	public static String describe(ModelDiff.Change change) {
		return switch (change.kind()) {
		case ADDED -> "added " + change.part();
		case REMOVED -> "removed " + change.part();
		case RENAMED -> change.part() + " (renamed from " + change.before() + ")";
		case CHANGED -> change.part() + ": " + change.fact() + ": " + fact(change);
		};
	}

	private static String fact(ModelDiff.Change change) {
		if (change.before().isEmpty()) {
			return "added, " + change.after();
		}
		if (change.after().isEmpty()) {
			return "removed (was " + change.before() + ")";
		}
		String relative = change.relative().isPresent()
				? String.format(Locale.ROOT, " (%+.3g %%)", 100 * change.relative().getAsDouble()).replace("+-", "-") : "";
		String users = change.usedBy().isEmpty() ? "" : "   used by " + String.join(", ", change.usedBy());
		return change.before() + " → " + change.after() + relative + users;
	}

	/** "current", "stale (3 of 12 sweep points)", "new (12 points)", "does not compile: …". */
	static String state(StudyStaleness.Study study) {
		if (!study.problem().isEmpty()) {
			return study.problem();
		}
		if (study.added()) {
			return "new (" + study.points() + (study.points() == 1 ? " point)" : " points)");
		}
		if (study.stale() == 0) {
			return "current";
		}
		return study.points() == 1 ? "stale" : "stale (" + study.stale() + " of " + study.points() + " sweep points)";
	}

	/** The same as JSON: {before, after, same, changes: [...], studies: [...]}. */
	public JsonObject json() {
		JsonObject json = new JsonObject();
		json.addProperty("before", before);
		json.addProperty("after", after);
		json.addProperty("same", same());
		JsonArray list = new JsonArray();
		for (ModelDiff.Change change : changes) {
			JsonObject c = new JsonObject();
			c.addProperty("kind", change.kind().name().toLowerCase(Locale.ROOT));
			c.addProperty("part", change.part());
			if (!change.fact().isEmpty()) {
				c.addProperty("fact", change.fact());
			}
			if (!change.before().isEmpty()) {
				c.addProperty("before", change.before());
			}
			if (!change.after().isEmpty()) {
				c.addProperty("after", change.after());
			}
			change.relative().ifPresent(r -> c.addProperty("relative", r));
			if (!change.usedBy().isEmpty()) {
				JsonArray users = new JsonArray();
				change.usedBy().forEach(users::add);
				c.add("usedBy", users);
			}
			list.add(c);
		}
		json.add("changes", list);
		JsonArray studyList = new JsonArray();
		for (StudyStaleness.Study study : studies) {
			JsonObject s = new JsonObject();
			s.addProperty("study", study.path());
			s.addProperty("points", study.points());
			s.addProperty("stale", study.stale());
			s.addProperty("state", state(study));
			studyList.add(s);
		}
		json.add("studies", studyList);
		return json;
	}
}
