package org.spintex.runner.cli;

import java.util.ArrayList;
import java.util.List;

import org.spintex.runner.slurm.SlurmOptions;

import picocli.CommandLine.Option;

/** The options of {@code spintex run --on slurm}, as a picocli mixin; unset ones fall back as {@link SlurmOptions} says. */
final class SlurmArguments {

	@Option(names = "--partition", paramLabel = "P", description = "Slurm partition (default: [slurm] partition in the "
			+ "Spintex configuration, then $SBATCH_PARTITION, then the cluster's default)")
	private String partition;

	@Option(names = "--time", paramLabel = "HH:MM:SS", description = "time limit of each task; a micromagnetic point stops at "
			+ "a checkpoint before it and its task requeues itself")
	private String time;

	@Option(names = "--cpus-per-point", paramLabel = "N", description = "CPUs (threads) of each task (default: 1)")
	private Integer cpusPerPoint;

	@Option(names = "--mem", paramLabel = "M", description = "memory of each task, as sbatch takes it (8G)")
	private String memory;

	@Option(names = "--max-parallel", paramLabel = "K", description = "at most K tasks run at once")
	private Integer maxParallel;

	@Option(names = "--points-per-task", paramLabel = "N", description = "sweep points per array task, for many cheap points "
			+ "(default: 1)")
	private Integer pointsPerTask;

	@Option(names = "--sbatch-arg", paramLabel = "ARG", description = "one more sbatch option for the jobs, e.g. "
			+ "--sbatch-arg=--account=lab (repeatable)")
	private List<String> sbatchArgs = new ArrayList<>();

	@Option(names = "--dry-run", description = "write the job scripts into the results folder's slurm/ without submitting "
			+ "them (submit with: bash DIR/slurm/submit.sh)")
	private boolean dryRun;

	SlurmOptions.Given given() {
		return new SlurmOptions.Given(partition, time, cpusPerPoint, memory, maxParallel, pointsPerTask, List.copyOf(sbatchArgs));
	}

	boolean dryRun() {
		return dryRun;
	}

	/** Whether any Slurm option was given (they mean nothing without --on slurm). */
	boolean any() {
		return partition != null || time != null || cpusPerPoint != null || memory != null || maxParallel != null
				|| pointsPerTask != null || !sbatchArgs.isEmpty() || dryRun;
	}
}
