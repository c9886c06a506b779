package org.spintex.runner.study;

/** Which Slurm task this process is, from the variables Slurm sets in a job's environment, for the log. */
final class SlurmTaskLabel {

	private SlurmTaskLabel() {
	}

	/** " (Slurm job 12_3, restart 1)", or "" outside Slurm. */
	static String current() {
		String array = System.getenv("SLURM_ARRAY_JOB_ID");
		String task = System.getenv("SLURM_ARRAY_TASK_ID");
		String job = array != null && task != null ? array + "_" + task : System.getenv("SLURM_JOB_ID");
		if (job == null) {
			return "";
		}
		String restarts = System.getenv("SLURM_RESTART_COUNT");
		return " (Slurm job " + job + (restarts == null || restarts.equals("0") ? "" : ", restart " + restarts) + ")";
	}
}
