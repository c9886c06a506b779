package org.spintex.runner.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One edit of a device file, as the fuzzer makes them: a token replaced, deleted or inserted, a line
 * deleted, duplicated or swapped, the file cut short. Positions are fractions of the file (0 to 1), so
 * that jqwik can shrink a failing list of edits to the smallest that still fails.
 */
record DeviceFileEdit(Kind kind, double at, double to, String token) {

	enum Kind {
		REPLACE_TOKEN, DELETE_TOKEN, INSERT_TOKEN, DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, TRUNCATE
	}

	/** Words (with hyphens and dots), numbers, strings, comments, single symbols and runs of blanks. */
	private static final Pattern TOKEN = Pattern.compile(
			"//[^\\n]*|\"[^\"\\n]*\"|[-+]?[0-9][0-9.]*(?:[eE][-+]?[0-9]+)?|[A-Za-z_^][-A-Za-z0-9_^./]*|\\s+|.");

	String applyTo(String text) {
		return switch (kind) {
		case REPLACE_TOKEN -> editToken(text, token, true);
		case DELETE_TOKEN -> editToken(text, "", true);
		case INSERT_TOKEN -> editToken(text, " " + token + " ", false);
		case DELETE_LINE -> editLines(text, (lines, i, j) -> lines.remove(i));
		case DUPLICATE_LINE -> editLines(text, (lines, i, j) -> lines.add(j, lines.get(i)));
		case SWAP_LINES -> editLines(text, (lines, i, j) -> lines.set(j, lines.set(i, lines.get(j))));
		case TRUNCATE -> text.substring(0, (int) (at * text.length()));
		};
	}

	private String editToken(String text, String replacement, boolean replace) {
		List<int[]> tokens = new ArrayList<>();
		Matcher m = TOKEN.matcher(text);
		while (m.find()) {
			if (!m.group().isBlank()) {
				tokens.add(new int[] { m.start(), m.end() });
			}
		}
		if (tokens.isEmpty()) {
			return replacement + text;
		}
		int[] t = tokens.get(Math.min(tokens.size() - 1, (int) (at * tokens.size())));
		return text.substring(0, t[0]) + replacement + text.substring(replace ? t[1] : t[0]);
	}

	private interface LineEdit {
		void apply(List<String> lines, int i, int j);
	}

	private String editLines(String text, LineEdit edit) {
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		int i = Math.min(lines.size() - 1, (int) (at * lines.size()));
		int j = Math.min(lines.size() - 1, (int) (to * lines.size()));
		edit.apply(lines, i, j);
		return String.join("\n", lines);
	}
}
