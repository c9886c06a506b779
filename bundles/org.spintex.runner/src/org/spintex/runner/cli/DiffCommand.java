package org.spintex.runner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.eclipse.xtext.diagnostics.Severity;
import org.spintex.compiler.InputJson;
import org.spintex.runner.diff.DeviceDiff;
import org.spintex.runner.diff.DeviceVersions;
import org.spintex.runner.git.GitRevisions;
import org.spintex.runner.study.DeviceFiles;

import com.google.gson.JsonArray;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code spintex diff A B}: what changed between two versions of a device file, as physics. With {@code --git} it is
 * git's external diff driver ({@code GIT_EXTERNAL_DIFF} or {@code diff.spintex.command}), called with git's seven
 * arguments; the older version's imports are then read next to the file in the working tree. With revisions
 * ({@code spintex diff HEAD~1 -- racetrack.spintex}, {@code spintex diff v1..v2}) the files are read from git.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
		description = { "Show what changed between two versions of a device file, as physics: parts added, removed or renamed, "
				+ "properties with both values in canonical units and their relative change, imported materials followed, and "
				+ "the studies whose compiled input changed (stale). Unit rewrites, reordering and layout are no change.",
				"Against git revisions: spintex diff HEAD~1 -- FILE (the working tree against HEAD~1), spintex diff v1..v2 (every "
						+ "device file changed between two revisions).",
				"As git's diff driver: git config diff.spintex.command 'spintex diff --git' and '*.spintex diff=spintex' in "
						+ ".gitattributes." })
final class DiffCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "ARG", description = { "OLD NEW: two device files;",
			"REV[..REV] [--] [FILE...]: git revisions (the working tree when the second is left out), the files changed "
					+ "between them or those named;", "with --git: git's seven arguments, path old-file old-hex old-mode new-file "
							+ "new-hex new-mode" })
	private List<String> arguments;

	@Option(names = "--json", description = "write the changes as JSON")
	private boolean json;

	@Option(names = "--git", description = "called by git as its external diff driver")
	private boolean git;

	@Option(names = { "-C", "--repository" }, paramLabel = "DIR", description = "the git repository to read revisions from "
			+ "(default: the one that holds the first FILE, else the current folder's)")
	private Path repository;

	@Option(names = "--exit-code", description = "exit with 1 when the versions differ in physics (as diff does), 0 when not")
	private boolean exitCode;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
		DeviceFiles loader = new DeviceFiles();
		List<DeviceDiff> diffs = new ArrayList<>();
		try {
			if (git) {
				if (arguments.size() != 7) {
					err.println("spintex diff --git takes git's seven arguments: path old-file old-hex old-mode new-file new-hex new-mode");
					return ExitCodes.BAD_INPUT;
				}
				Path path = Path.of(arguments.get(0));
				diffs.add(diff(DeviceVersions.readAs(loader, Path.of(arguments.get(1)), path, "a/" + arguments.get(0)),
						DeviceVersions.readAs(loader, Path.of(arguments.get(4)), path, "b/" + arguments.get(0)), err));
			} else if (arguments.size() == 2 && Files.isRegularFile(Path.of(arguments.get(0)))
					&& Files.isRegularFile(Path.of(arguments.get(1)))) {
				diffs.add(diff(DeviceVersions.read(loader, Path.of(arguments.get(0)), arguments.get(0)),
						DeviceVersions.read(loader, Path.of(arguments.get(1)), arguments.get(1)), err));
			} else {
				diffs.addAll(revisions(loader, err));
			}
		} catch (BrokenFile e) {
			err.println("spintex diff compares files that parse; fix the errors above first");
			return ExitCodes.BAD_INPUT;
		} catch (IOException e) {
			err.println("spintex diff: " + e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
		if (json) {
			JsonArray list = new JsonArray();
			diffs.forEach(d -> list.add(d.json()));
			out.print(InputJson.toText(diffs.size() == 1 ? diffs.get(0).json() : list));
		} else {
			diffs.forEach(d -> out.print(d.text()));
		}
		out.flush();
		return exitCode && diffs.stream().anyMatch(d -> !d.same()) ? 1 : ExitCodes.OK;
	}

	/**
	 * {@code REV[..REV] [FILE...]}: each file as it was at the first revision against the second (or the working tree),
	 * read from the repository that holds the files (or the current folder) with its imports as they were.
	 */
	private List<DeviceDiff> revisions(DeviceFiles loader, PrintWriter err) throws IOException {
		String range = arguments.get(0);
		List<Path> files = arguments.subList(1, arguments.size()).stream().map(Path::of).toList();
		if (range.endsWith(".spintex") || Files.isRegularFile(Path.of(range))) {
			String missing = arguments.stream().filter(a -> !Files.isRegularFile(Path.of(a))).findFirst().orElse(range);
			throw new IOException(missing + ": no such file (spintex diff OLD.spintex NEW.spintex compares two files)");
		}
		String from = range.contains("..") ? range.substring(0, range.indexOf("..")) : range;
		String to = range.contains("..") ? range.substring(range.indexOf("..") + 2) : null;
		if (from.isEmpty()) {
			from = "HEAD";
		}
		if (to != null && to.isEmpty()) {
			to = "HEAD";
		}
		Path where = (repository != null ? repository : files.isEmpty() ? Path.of("") : files.get(0)).toAbsolutePath().normalize();
		Optional<GitRevisions> found = GitRevisions.around(Files.isDirectory(where) ? where : where.getParent());
		if (found.isEmpty()) {
			throw new IOException("not in a git repository (" + where + "); to compare two files, "
					+ "name both: spintex diff OLD.spintex NEW.spintex");
		}
		List<DeviceDiff> diffs = new ArrayList<>();
		try (GitRevisions git = found.get()) {
			// files are named relative to the current folder, or to the repository given with -C
			List<String> paths = files.isEmpty() ? git.changedDeviceFiles(from, to)
					: files.stream().map(f -> git.relative(repository != null && !f.isAbsolute() ? repository.resolve(f) : f)).toList();
			Path scratch = Files.createTempDirectory("spintex-diff");
			try {
				for (String path : paths) {
					DeviceVersions.Version before = version(loader, git, from, path, scratch.resolve("a"));
					DeviceVersions.Version after = to == null
							? (Files.isRegularFile(git.workTree().resolve(path))
									? DeviceVersions.read(loader, git.workTree().resolve(path), path)
									: DeviceVersions.readAs(loader, Path.of("/dev/null"), git.workTree().resolve(path), path + " (deleted)"))
							: version(loader, git, to, path, scratch.resolve("b"));
					diffs.add(diff(before, after, err));
				}
			} finally {
				deleteTree(scratch);
			}
		}
		return diffs;
	}

	/** {@code path} at {@code revision}, with its imports as they were; an empty file where it did not exist. */
	private static DeviceVersions.Version version(DeviceFiles loader, GitRevisions git, String revision, String path, Path folder)
			throws IOException {
		Optional<Path> file = git.materialize(revision, path, folder);
		String name = revision + ":" + path;
		return file.isPresent() ? DeviceVersions.read(loader, file.get(), name)
				: DeviceVersions.readAs(loader, Path.of("/dev/null"), folder.resolve(path), name + " (absent)");
	}

	/** A file that does not parse cannot be compared: its errors are printed. */
	private static final class BrokenFile extends IOException {
		private static final long serialVersionUID = 1L;
	}

	private static DeviceDiff diff(DeviceVersions.Version before, DeviceVersions.Version after, PrintWriter err) throws BrokenFile {
		boolean broken = false;
		for (DeviceVersions.Version version : List.of(before, after)) {
			for (var issue : version.loaded().issues()) {
				if (issue.getSeverity() == Severity.ERROR) {
					err.println(version.name() + ":" + issue.getLineNumber() + ":" + issue.getColumn() + ": error: " + issue.getMessage());
					broken = true;
				}
			}
		}
		if (broken) {
			throw new BrokenFile();
		}
		return DeviceDiff.of(before.name(), before.model(), after.name(), after.model());
	}

	private static void deleteTree(Path folder) throws IOException {
		try (var walk = Files.walk(folder)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
