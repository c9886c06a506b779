package org.spintex.runner.slurm;

import java.util.List;
import java.util.stream.Collectors;

/** Words for the job scripts, quoted for bash so that a path with spaces, quotes or a '$' stays one word. */
final class ShellWords {

	private ShellWords() {
	}

	/** {@code word} in single quotes, each ' inside written as '\'' ; plain words stay as they are, for reading. */
	static String quote(String word) {
		if (!word.isEmpty() && word.chars().allMatch(c -> Character.isLetterOrDigit(c) || "/._-+=:,@%".indexOf(c) >= 0)) {
			return word;
		}
		return "'" + word.replace("'", "'\\''") + "'";
	}

	static String join(List<String> words) {
		return words.stream().map(ShellWords::quote).collect(Collectors.joining(" "));
	}
}
