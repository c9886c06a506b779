package org.spintex.runner.slurm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code [slurm]} section of the user's Spintex configuration file: defaults for {@code spintex run --on slurm}
 * that the command line overrides, e.g.
 *
 * <pre>
 * [slurm]
 * partition = short
 * time = 04:00:00
 * cpus-per-point = 4
 * mem = 8G
 * sbatch-arg = --account=spin-lab
 * </pre>
 *
 * The file is {@code $SPINTEX_CONFIG}, else {@code $XDG_CONFIG_HOME/spintex/spintex.conf}, else
 * {@code ~/.config/spintex/spintex.conf}; lines starting with # or ; are comments. A key that {@code run --on slurm} does
 * not know is an error that names the file and line, so that a misspelt default never goes unnoticed.
 */
public record SlurmConfigFile(Optional<Path> file, Map<String, List<String>> values) {

	/** The keys of the [slurm] section, as the command line's options are named. */
	public static final List<String> KEYS = List.of("partition", "time", "cpus-per-point", "mem", "max-parallel",
			"points-per-task", "sbatch-arg");

	/** No file: no defaults. */
	public static final SlurmConfigFile NONE = new SlurmConfigFile(Optional.empty(), Map.of());

	/** The user's file, found as the class comment says, or {@link #NONE}. */
	public static SlurmConfigFile forUser(Map<String, String> environment) {
		String explicit = environment.get("SPINTEX_CONFIG");
		Path file;
		if (explicit != null && !explicit.isBlank()) {
			file = Path.of(explicit);
		} else {
			String xdg = environment.get("XDG_CONFIG_HOME");
			Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
					: Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".config");
			file = base.resolve("spintex/spintex.conf");
		}
		return Files.isRegularFile(file) ? read(file) : NONE;
	}

	/** The [slurm] section of {@code file}; {@link IllegalArgumentException} at a line it cannot take. */
	public static SlurmConfigFile read(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file);
		} catch (IOException e) {
			throw new IllegalArgumentException(file + ": cannot read the Spintex configuration: " + e.getMessage(), e);
		}
		Map<String, List<String>> values = new LinkedHashMap<>();
		boolean inSlurm = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
				continue;
			}
			if (line.startsWith("[")) {
				inSlurm = line.equals("[slurm]");
				continue;
			}
			if (!inSlurm) {
				continue;
			}
			int eq = line.indexOf('=');
			String key = eq < 0 ? line : line.substring(0, eq).strip();
			if (eq < 0 || !KEYS.contains(key)) {
				throw new IllegalArgumentException(file + ":" + (i + 1) + ": '" + line + "' is not a [slurm] setting; write KEY = "
						+ "VALUE with KEY one of " + String.join(", ", KEYS));
			}
			values.computeIfAbsent(key, k -> new ArrayList<>()).add(line.substring(eq + 1).strip());
		}
		return new SlurmConfigFile(Optional.of(file), values);
	}

	/** The last value given for {@code key}. */
	public Optional<String> value(String key) {
		List<String> given = values.getOrDefault(key, List.of());
		return given.isEmpty() ? Optional.empty() : Optional.of(given.get(given.size() - 1));
	}

	/** Every value given for a key that may repeat (sbatch-arg). */
	public List<String> all(String key) {
		return values.getOrDefault(key, List.of());
	}
}
