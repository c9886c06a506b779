package org.spintex.runner.slurm;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Slurm's own commands (sinfo, squeue, bash running the submission script), started with the user's environment,
 * so that {@code SLURM_CONF} and the {@code SBATCH_*} defaults reach them. Nothing here talks to Slurm any other way.
 */
public final class SlurmClient {

	/** The output of a finished command. */
	public record Result(int exitCode, String out, String err) {
	}

	private final Map<String, String> environment;

	public SlurmClient(Map<String, String> environment) {
		this.environment = Map.copyOf(environment);
	}

	/** The client of this process's environment. */
	public static SlurmClient ofThisProcess() {
		return new SlurmClient(System.getenv());
	}

	/** {@code name} on the PATH, if it is there. */
	public Optional<Path> executable(String name) {
		String path = environment.getOrDefault("PATH", "");
		for (String dir : path.split(File.pathSeparator)) {
			if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
				return Optional.of(Path.of(dir, name));
			}
		}
		return Optional.empty();
	}

	/** Refuses, with what to do, when sbatch is not on the PATH. */
	public void requireSbatch() {
		if (executable("sbatch").isEmpty()) {
			throw new SlurmException("Slurm's sbatch was not found; run on a login node of the cluster or use --dry-run");
		}
	}

	/** The partitions sinfo knows. */
	public List<String> partitions() {
		Result r = run(List.of("sinfo", "-h", "-o", "%R"), 30);
		if (r.exitCode() != 0) {
			throw new SlurmException("sinfo could not list the partitions: " + r.err().strip()
					+ (environment.containsKey("SLURM_CONF") ? "" : " (is SLURM_CONF set, as the cluster needs?)"));
		}
		return r.out().lines().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

	/** Refuses a partition that sinfo does not know, naming those it does ({@link IllegalArgumentException}: bad input). */
	public void requirePartition(String partition) {
		List<String> known = partitions();
		if (!known.contains(partition)) {
			throw new IllegalArgumentException("--partition " + partition + ": this cluster has no such partition; sinfo knows "
					+ String.join(", ", known));
		}
	}

	/**
	 * The state and reason of each job or array task among {@code jobIds} ("12_3" → "RUNNING", "None"), finished ones
	 * included while slurmctld remembers them; empty when squeue does not answer (no Slurm here, or it is down).
	 */
	public Optional<Map<String, QueueEntry>> queue(List<String> jobIds) {
		if (jobIds.isEmpty() || executable("squeue").isEmpty()) {
			return Optional.empty();
		}
		Result r = run(List.of("squeue", "-h", "-r", "-t", "all", "-j", String.join(",", jobIds), "-o", "%i|%T|%r"), 30);
		if (r.exitCode() != 0) {
			// squeue says "Invalid job id specified" once every job has been forgotten: nothing is queued any more
			return r.err().contains("Invalid job id") ? Optional.of(Map.of()) : Optional.empty();
		}
		Map<String, QueueEntry> entries = new LinkedHashMap<>();
		r.out().lines().map(l -> l.split("\\|", 3)).filter(f -> f.length == 3)
				.forEach(f -> entries.put(f[0].strip(), new QueueEntry(f[1].strip(), f[2].strip())));
		return Optional.of(entries);
	}

	/** A job's or task's state in the queue and Slurm's reason for it. */
	public record QueueEntry(String state, String reason) {

		/** Pending, running or on its way back into the queue: the job is not over. */
		public boolean active() {
			return switch (state) {
			case "PENDING", "RUNNING", "CONFIGURING", "COMPLETING", "REQUEUED", "REQUEUE_FED", "REQUEUE_HOLD", "RESIZING",
					"SUSPENDED", "STOPPED", "SIGNALING", "STAGE_OUT" -> true;
			default -> false;
			};
		}
	}

	/** Runs {@code command} with this client's environment and waits up to {@code timeoutSeconds}. */
	public Result run(List<String> command, int timeoutSeconds) {
		ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
		builder.environment().clear();
		builder.environment().putAll(environment);
		try {
			Path err = Files.createTempFile("spintex-slurm", ".err");
			try {
				builder.redirectError(err.toFile());
				Process process = builder.start();
				process.getOutputStream().close();
				String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					throw new SlurmException(command.get(0) + " did not answer within " + timeoutSeconds + " s; is the cluster's "
							+ "controller up? (scontrol ping)");
				}
				return new Result(process.exitValue(), out, Files.readString(err));
			} finally {
				Files.deleteIfExists(err);
			}
		} catch (IOException e) {
			throw new SlurmException("cannot start " + command.get(0) + ": " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SlurmException(command.get(0) + " was interrupted");
		}
	}
}
