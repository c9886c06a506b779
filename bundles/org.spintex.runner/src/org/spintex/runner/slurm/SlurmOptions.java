package org.spintex.runner.slurm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How a study goes to Slurm: where (partition), for how long (time limit per task), with what (CPUs and memory per
 * task), how many tasks at once, how many points per task, and sbatch options Spintex does not know. Each value comes
 * from the command line (or the launch configuration), else from the [slurm] section of the user's configuration
 * ({@link SlurmConfigFile}), else from the environment sbatch itself reads ({@code SBATCH_PARTITION},
 * {@code SBATCH_TIMELIMIT}, {@code SBATCH_MEM_PER_NODE}), else Slurm's default for the partition.
 */
public record SlurmOptions(Optional<String> partition, Optional<SlurmTime> time, int cpusPerPoint, Optional<String> memory,
		OptionalInt maxParallel, int pointsPerTask, List<String> sbatchArgs) {

	/** CPUs per task when nobody says: one point uses one core, as a local sweep gives each point one thread. */
	public static final int DEFAULT_CPUS_PER_POINT = 1;
	/** Points per task when nobody says: one, so that a point's task is its array index. */
	public static final int DEFAULT_POINTS_PER_TASK = 1;

	/** sbatch options that {@code run --on slurm} sets itself and that would break the array if given again. */
	private static final List<String> OWN_OPTIONS = List.of("--array", "-a", "--output", "-o", "--error", "-e", "--dependency",
			"-d", "--parsable", "--wrap", "--signal", "--requeue", "--no-requeue", "--job-name", "-J", "--chdir", "-D");
	private static final Pattern MEMORY = Pattern.compile("\\d+[KMGT]?");

	/** What the user gave on the command line or in the launch configuration; null (or empty) where nothing was given. */
	public record Given(String partition, String time, Integer cpusPerPoint, String memory, Integer maxParallel,
			Integer pointsPerTask, List<String> sbatchArgs) {

		public static final Given NOTHING = new Given(null, null, null, null, null, null, List.of());
	}

	/**
	 * The options in force: {@code given}, then {@code config}, then {@code environment}. Every value is checked here,
	 * with its source in the message ({@link IllegalArgumentException}), before anything is written or submitted.
	 */
	public static SlurmOptions resolve(Given given, SlurmConfigFile config, Map<String, String> environment) {
		String where = config.file().map(f -> f + ": ").orElse("");
		Optional<String> partition = first(given.partition(), config.value("partition"), environment.get("SBATCH_PARTITION"));
		Optional<SlurmTime> time = first(given.time(), config.value("time"), environment.get("SBATCH_TIMELIMIT"))
				.map(SlurmTime::parse);
		Optional<String> memory = first(given.memory(), config.value("mem"), environment.get("SBATCH_MEM_PER_NODE"));
		memory.ifPresent(m -> {
			if (!MEMORY.matcher(m).matches()) {
				throw new IllegalArgumentException("--mem " + m + ": give the memory per task as sbatch takes it, a whole number "
						+ "of megabytes or one with a unit K, M, G or T (4000, 8G)");
			}
		});
		int cpus = count("--cpus-per-point", given.cpusPerPoint(), config.value("cpus-per-point"), where, DEFAULT_CPUS_PER_POINT);
		int perTask = count("--points-per-task", given.pointsPerTask(), config.value("points-per-task"), where,
				DEFAULT_POINTS_PER_TASK);
		Integer parallel = given.maxParallel() != null ? given.maxParallel()
				: config.value("max-parallel").map(v -> number("max-parallel", v, where)).orElse(null);
		if (parallel != null && parallel < 1) {
			throw new IllegalArgumentException("--max-parallel " + parallel + ": give how many tasks may run at once, 1 or more");
		}
		List<String> extra = new ArrayList<>(config.all("sbatch-arg"));
		extra.addAll(given.sbatchArgs());
		for (String arg : extra) {
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			if (OWN_OPTIONS.contains(name)) {
				throw new IllegalArgumentException("--sbatch-arg " + arg + ": spintex run --on slurm sets " + name
						+ " itself (one array task per point, its output in the results folder, the gather after the array, "
						+ "a warning before the time limit); leave it out");
			}
			if (!arg.startsWith("-")) {
				throw new IllegalArgumentException("--sbatch-arg " + arg + ": give one sbatch option, e.g. --sbatch-arg=--account=lab");
			}
		}
		return new SlurmOptions(partition, time, cpus, memory, parallel == null ? OptionalInt.empty() : OptionalInt.of(parallel),
				perTask, List.copyOf(extra));
	}

	/** The first of the three that is given and not blank. */
	private static Optional<String> first(String given, Optional<String> config, String environment) {
		if (given != null && !given.isBlank()) {
			return Optional.of(given.strip());
		}
		if (config.isPresent() && !config.get().isBlank()) {
			return config;
		}
		return environment == null || environment.isBlank() ? Optional.empty() : Optional.of(environment.strip());
	}

	private static int count(String option, Integer given, Optional<String> config, String where, int fallback) {
		int value = given != null ? given : config.map(v -> number(option.substring(2), v, where)).orElse(fallback);
		if (value < 1) {
			throw new IllegalArgumentException(option + " " + value + ": give 1 or more");
		}
		return value;
	}

	private static int number(String key, String value, String where) {
		try {
			return Integer.parseInt(value.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(where + key + " = " + value + ": give a whole number");
		}
	}

	/** The sbatch options every task of the array gets (after the ones Spintex sets itself). */
	public List<String> taskOptions() {
		List<String> options = new ArrayList<>();
		partition.ifPresent(p -> options.add("--partition=" + p));
		time.ifPresent(t -> options.add("--time=" + t.text()));
		options.add("--cpus-per-task=" + cpusPerPoint);
		memory.ifPresent(m -> options.add("--mem=" + m));
		options.addAll(sbatchArgs);
		return options;
	}

	/** The options of the gather job: the same place and account, one CPU, a short time. */
	public List<String> gatherOptions() {
		List<String> options = new ArrayList<>();
		partition.ifPresent(p -> options.add("--partition=" + p));
		// tabling and drawing take seconds; an hour leaves room for a slow shared file system
		options.add("--time=" + time.map(t -> t.seconds() < 3600 ? t.text() : "01:00:00").orElse("01:00:00"));
		options.add("--cpus-per-task=1");
		options.addAll(sbatchArgs);
		return options;
	}

	/** Shown in the submission's summary: "partition debug, 00:10:00 per task, 1 CPU per point". */
	public String describe() {
		Function<Integer, String> cpus = n -> n + (n == 1 ? " CPU" : " CPUs");
		return partition.map(p -> "partition " + p).orElse("the default partition") + ", "
				+ time.map(t -> t.clock() + " per task").orElse("the partition's time limit") + ", "
				+ cpus.apply(cpusPerPoint) + " per task" + memory.map(m -> ", " + m + " memory").orElse("")
				+ (maxParallel.isPresent() ? ", at most " + maxParallel.getAsInt() + " at once" : "");
	}
}
