package org.spintex.runner.slurm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job's time limit in one of the forms sbatch's {@code --time} takes: "minutes", "minutes:seconds",
 * "hours:minutes:seconds", "days-hours", "days-hours:minutes", "days-hours:minutes:seconds". Checked before anything is
 * submitted, and read as seconds to choose when Slurm warns the task of its end.
 */
public record SlurmTime(String text, long seconds) {

	private static final Pattern PLAIN = Pattern.compile("(\\d+)(?::(\\d+))?(?::(\\d+))?");
	private static final Pattern DAYS = Pattern.compile("(\\d+)-(\\d+)(?::(\\d+))?(?::(\\d+))?");

	/** The time limit {@code text}, or {@link IllegalArgumentException} saying which forms there are. */
	public static SlurmTime parse(String text) {
		String t = text.strip();
		Matcher days = DAYS.matcher(t);
		Matcher plain = PLAIN.matcher(t);
		long seconds;
		if (days.matches()) {
			seconds = Long.parseLong(days.group(1)) * 86400 + Long.parseLong(days.group(2)) * 3600
					+ number(days.group(3)) * 60 + number(days.group(4));
		} else if (plain.matches()) {
			seconds = plain.group(3) != null
					? Long.parseLong(plain.group(1)) * 3600 + Long.parseLong(plain.group(2)) * 60 + Long.parseLong(plain.group(3))
					: Long.parseLong(plain.group(1)) * 60 + number(plain.group(2));
		} else {
			throw new IllegalArgumentException("the time limit '" + text + "' is not in a form Slurm reads: use HH:MM:SS "
					+ "(02:30:00), minutes (150), MM:SS, D-HH, D-HH:MM or D-HH:MM:SS (1-12:00:00)");
		}
		if (seconds <= 0) {
			throw new IllegalArgumentException("the time limit '" + text + "' is zero; give the time a task may run, e.g. 02:00:00");
		}
		return new SlurmTime(t, seconds);
	}

	private static long number(String group) {
		return group == null ? 0 : Long.parseLong(group);
	}

	/** The limit as [D-]HH:MM:SS, how squeue shows it: "00:05:00" for "5". */
	public String clock() {
		long d = seconds / 86400, h = seconds % 86400 / 3600, m = seconds % 3600 / 60, s = seconds % 60;
		return (d > 0 ? d + "-" : "") + String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", h, m, s);
	}

	/**
	 * Seconds before the limit at which Slurm sends the task's shell SIGUSR1, so that the point stops at a checkpoint
	 * and the task requeues itself: two minutes, or half of a shorter limit. (Slurm checks its timers about every
	 * thirty seconds, so the signal may come up to that much earlier.)
	 */
	public long warningSeconds() {
		return Math.min(120, seconds / 2);
	}
}
