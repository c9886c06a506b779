package org.spintex.runner.slurm;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a Slurm task starts the same Spintex that submitted it, from the shared file system: the {@code spintex} launch
 * script when the command line came through it (it names itself and the installation in the system properties
 * {@code spintex.launcher} and {@code spintex.home}), otherwise — the workbench — this JVM's {@code java} on the
 * installation's plugins folder, as the launch script would start it.
 */
public record TaskCommand(List<String> words, Map<String, String> environment) {

	/** The JVM options of a study run, as the launch script gives them (SIMD FFT; Guice's Unsafe on Java 24+). */
	private static final List<String> RUN_JVM_OPTIONS = List.of("-Xss8m", "--add-modules", "jdk.incubator.vector");

	/** The command for this process's installation; a {@link SlurmException} when it cannot tell where that is. */
	public static TaskCommand ofThisProcess() {
		String launcher = System.getProperty("spintex.launcher");
		String home = System.getProperty("spintex.home");
		if (launcher != null && !launcher.isBlank()) {
			Map<String, String> env = new LinkedHashMap<>();
			if (home != null && !home.isBlank()) {
				env.put("SPINTEX_HOME", home);
			}
			return new TaskCommand(List.of(launcher), env);
		}
		Path installation = installation().orElseThrow(() -> new SlurmException("cannot tell where this Spintex is installed "
				+ "(no spintex.launcher or eclipse.home.location); run spintex run --on slurm from the spintex command"));
		List<String> words = new ArrayList<>();
		words.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		words.addAll(RUN_JVM_OPTIONS);
		if (Runtime.version().feature() >= 24) {
			words.add("--sun-misc-unsafe-memory-access=allow");
		}
		words.addAll(List.of("-cp", installation.resolve("plugins") + "/*", "org.spintex.runner.cli.SpintexCommand"));
		return new TaskCommand(words, Map.of());
	}

	private static Optional<Path> installation() {
		String home = System.getProperty("eclipse.home.location");
		if (home == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Path.of(URI.create(home.replace(" ", "%20"))));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
