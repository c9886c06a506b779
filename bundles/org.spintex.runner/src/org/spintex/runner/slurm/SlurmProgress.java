package org.spintex.runner.slurm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.spintex.runner.study.RunStatus;
import org.spintex.runner.study.SubmittedInputs;

/**
 * Where a study submitted to Slurm stands, point by point: done, running, pending or failed (with the reason). The
 * points' folders say what each point did; Slurm's queue, when it answers, says what its task is doing now, so a point
 * whose task was killed (time limit, scancel) is failed and not "running" for ever. For {@code spintex status} and the
 * workbench's Results view.
 */
public record SlurmProgress(List<PointState> points, Optional<Submissions.Submission> submission, boolean queueAnswered,
		Optional<String> gatherState) {

	/** A point's state. */
	public enum State {
		DONE, RUNNING, PENDING, FAILED;

		public String word() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** One point: its folder's name, its state, and what the state rests on. */
	public record PointState(int index, String name, State state, String detail) {

		/** This point judged from its folder's status and its task in the queue (when the queue answered). */
		PointState judged(String status, boolean queueAnswered, Optional<SlurmClient.QueueEntry> task) {
			if (RunStatus.isCompleted(status)) {
				return with(State.DONE, status);
			}
			if (status.startsWith("failed")) {
				return with(State.FAILED, status.substring(Math.min(status.length(), "failed: ".length())));
			}
			boolean running = status.equals(RunStatus.RUNNING);
			boolean stopped = status.equals(RunStatus.CANCELLED);
			if (task.isPresent() && task.get().active()) {
				String state = task.get().state();
				if (state.equals("RUNNING") || state.equals("COMPLETING")) {
					return with(State.RUNNING, "task running");
				}
				return with(State.PENDING, (stopped ? "requeued, continues from its checkpoint; " : "")
						+ "task " + state.toLowerCase(Locale.ROOT) + " (" + task.get().reason() + ")");
			}
			if (!queueAnswered) {
				return running ? with(State.RUNNING, "its folder says running; Slurm does not answer")
						: stopped ? with(State.FAILED, "stopped before its end; --resume continues it from its checkpoint")
								: with(State.PENDING, "not started; Slurm does not answer");
			}
			// a cancelled task's reason is what it waited for before (JobArrayTaskLimit), not why it ended
			String end = task.map(t -> "its task ended " + t.state().toLowerCase(Locale.ROOT)
					+ (t.reason().equals("None") || t.state().equals("CANCELLED") ? "" : " (" + t.reason() + ")"))
					.orElse("its task is no longer in the queue");
			return running ? with(State.FAILED, end + " while the point ran; --resume continues it from its last checkpoint")
					: stopped ? with(State.FAILED, end + " after the point stopped at a checkpoint; --resume continues it")
							: with(State.FAILED, "never ran: " + end + "; --resume runs it");
		}

		PointState with(State state, String detail) {
			return new PointState(index, name, state, detail);
		}
	}

	/** The progress of the run in {@code runFolder}, asking {@code client}'s Slurm about the latest submission. */
	public static SlurmProgress of(Path runFolder, SlurmClient client) {
		List<Integer> indices = new ArrayList<>(new TreeSet<>(SubmittedInputs.hashes(runFolder).keySet()));
		boolean sweep = indices.size() > 1 || (!indices.isEmpty() && indices.get(0) > 0);
		Optional<Submissions.Submission> latest = Submissions.latest(runFolder);
		Optional<Map<String, SlurmClient.QueueEntry>> queue = latest
				.flatMap(s -> client.queue(List.of(s.arrayJob(), s.gatherJob())));
		TaskArray array = new TaskArray(indices.size(), latest.map(Submissions.Submission::pointsPerTask).orElse(1), sweep);
		List<PointState> states = new ArrayList<>();
		for (int index : indices) {
			String name = sweep ? String.format(Locale.ROOT, "point-%03d", index) : "run";
			Path dir = sweep ? runFolder.resolve(name) : runFolder;
			Optional<SlurmClient.QueueEntry> task = latest.flatMap(s -> queue.map(q -> taskEntry(q, s, array.taskOf(index))));
			PointState point = new PointState(index, name, null, null);
			String status = RunStatus.read(dir).orElse("");
			// a single point's folder is the study's, whose status says "prepared …" or "submitted …" until the gather
			boolean untouched = status.isEmpty() || status.startsWith("prepared") || status.startsWith("submitted");
			states.add(latest.isEmpty() && untouched ? point.with(State.PENDING, "not submitted yet: bash slurm/submit.sh")
					: point.judged(status, queue.isPresent(), task));
		}
		Optional<String> gather = latest.flatMap(s -> queue.map(q -> q.get(s.gatherJob()))).map(SlurmClient.QueueEntry::state);
		return new SlurmProgress(states, latest, queue.isPresent(), gather);
	}

	/**
	 * The queue's entry for array task {@code task}. Tasks cancelled while pending are not listed one by one: Slurm
	 * folds them into the array's own record ("12", no task index), whose state is then theirs.
	 */
	private static SlurmClient.QueueEntry taskEntry(Map<String, SlurmClient.QueueEntry> queue, Submissions.Submission submission,
			int task) {
		SlurmClient.QueueEntry own = queue.get(submission.taskJob(task));
		if (own != null) {
			return own;
		}
		SlurmClient.QueueEntry folded = queue.get(submission.arrayJob());
		return folded != null && !folded.active() ? folded : null;
	}

	/** How many points are in {@code state}. */
	public long count(State state) {
		return points.stream().filter(p -> p.state() == state).count();
	}

	/** "6 points: 3 done, 1 running, 1 pending, 1 failed". */
	public String summary() {
		return points.size() + (points.size() == 1 ? " point: " : " points: ") + count(State.DONE) + " done, "
				+ count(State.RUNNING) + " running, " + count(State.PENDING) + " pending, " + count(State.FAILED) + " failed";
	}

	/**
	 * The points not done, one line per run of consecutive points in the same state for the same reason:
	 * "point-003 … point-013 pending: task pending (Resources)" — a sweep of hundreds of points stays readable.
	 */
	public List<String> openPoints() {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < points.size();) {
			PointState first = points.get(i);
			int j = i;
			while (j + 1 < points.size() && points.get(j + 1).state() == first.state()
					&& points.get(j + 1).detail().equals(first.detail())) {
				j++;
			}
			if (first.state() != State.DONE) {
				lines.add((i == j ? first.name() : first.name() + " … " + points.get(j).name()) + " " + first.state().word() + ": "
						+ first.detail());
			}
			i = j + 1;
		}
		return lines;
	}

	/** "array job 12, gather job 13 (pending)", or what is known without the queue. */
	public String jobs() {
		return submission.map(s -> "array job " + s.arrayJob() + ", gather job " + s.gatherJob()
				+ gatherState.map(g -> " (" + g.toLowerCase(Locale.ROOT) + ")").orElse(queueAnswered ? " (gone from the queue)" : ""))
				.orElse("prepared, not submitted (bash slurm/submit.sh)") + (queueAnswered || submission.isEmpty() ? ""
						: "; Slurm does not answer, so this is what the folders say");
	}
}
