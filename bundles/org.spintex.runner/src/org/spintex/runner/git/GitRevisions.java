package org.spintex.runner.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The git repository a device file lives in, read with JGit (no git program needed): a file as it was at a revision,
 * with the files it imports and the mask pictures it reads laid out beside it as in the repository; the device files
 * that changed between two revisions; the commit checked out and whether a file differs from it.
 */
public final class GitRevisions implements AutoCloseable {

	/** {@code import "materials.spintex"} and {@code mask("track.png", …)}: the files a device file reads next to itself. */
	private static final Pattern READS = Pattern.compile("(?:\\bimport\\s+|\\bmask\\s*\\(\\s*)\"([^\"]+)\"");

	/** A revision git does not know. */
	public static final class UnknownRevision extends IOException {
		private static final long serialVersionUID = 1L;

		UnknownRevision(String revision) {
			super("git knows no revision '" + revision + "' in this repository");
		}
	}

	private final Repository repository;

	private GitRevisions(Repository repository) {
		this.repository = repository;
	}

	/**
	 * Hashes a blob and looks for the repository around {@code folder} on a daemon thread, and lets both go: jgit's
	 * first use initialises its file-system probes, configuration readers and message bundles (0.1 s), which a run then
	 * finds done when it records its provenance, after the language's set-up on the other core.
	 */
	public static void warmUpInBackground(Path folder) {
		Thread thread = new Thread(() -> {
			try {
				// the blob hash of every device file: jgit's SHA-1 reads the user's and the system's git configuration
				blobId(new byte[0]);
				around(folder).ifPresent(GitRevisions::close);
			} catch (IOException | RuntimeException ignored) {
				// the run's own lookup reports what it cannot read
			}
		}, "spintex-git-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	/** The repository whose working tree holds {@code path} (a file or folder), if there is one. */
	public static Optional<GitRevisions> around(Path path) throws IOException {
		FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(path.toAbsolutePath().normalize().toFile());
		if (builder.getGitDir() == null) {
			return Optional.empty();
		}
		Repository repository = builder.setMustExist(true).build();
		if (repository.isBare()) {
			repository.close();
			return Optional.empty();
		}
		return Optional.of(new GitRevisions(repository));
	}

	public Path workTree() {
		return repository.getWorkTree().toPath().toAbsolutePath().normalize();
	}

	/** {@code file}'s path in the repository, with forward slashes: {@code examples/skyrmion-drag/two-terminal.spintex}. */
	public String relative(Path file) {
		Path real = file.toAbsolutePath().normalize();
		try {
			real = real.toRealPath();
		} catch (IOException missing) {
			// a file deleted from the working tree keeps its written path
		}
		Path top = workTree();
		try {
			top = top.toRealPath();
		} catch (IOException e) {
			// as written
		}
		return top.relativize(real).toString().replace(java.io.File.separatorChar, '/');
	}

	/** The commit a revision names. */
	public ObjectId commit(String revision) throws IOException {
		ObjectId id = repository.resolve(revision + "^{commit}");
		if (id == null) {
			throw new UnknownRevision(revision);
		}
		return id;
	}

	/** The commit checked out, empty in a repository without commits. */
	public Optional<String> head() throws IOException {
		return Optional.ofNullable(repository.resolve(Constants.HEAD + "^{commit}")).map(ObjectId::name);
	}

	/** The bytes of {@code path} at {@code revision}; empty where the file does not exist there. */
	public Optional<byte[]> read(String revision, String path) throws IOException {
		try (RevWalk walk = new RevWalk(repository)) {
			var tree = walk.parseCommit(commit(revision)).getTree();
			try (TreeWalk entry = TreeWalk.forPath(repository, path, tree)) {
				if (entry == null) {
					return Optional.empty();
				}
				return Optional.of(repository.open(entry.getObjectId(0), Constants.OBJ_BLOB).getBytes());
			}
		}
	}

	/**
	 * Writes {@code path} as it was at {@code revision} under {@code folder}, at its place in the repository, with every
	 * file it imports and every mask it reads (transitively, those found at that revision), so that it loads as it did
	 * then. Returns where the file is, or empty if it did not exist at that revision.
	 */
	public Optional<Path> materialize(String revision, String path, Path folder) throws IOException {
		Deque<String> pending = new ArrayDeque<>(List.of(path));
		Set<String> written = new LinkedHashSet<>();
		while (!pending.isEmpty()) {
			String next = pending.pop();
			if (!written.add(next)) {
				continue;
			}
			Optional<byte[]> bytes = read(revision, next);
			if (bytes.isEmpty()) {
				if (next.equals(path)) {
					return Optional.empty();
				}
				continue; // the file's own check reports an import that is missing
			}
			Path target = folder.resolve(next);
			Files.createDirectories(target.getParent());
			Files.write(target, bytes.get());
			if (next.endsWith(".spintex")) {
				Matcher reads = READS.matcher(new String(bytes.get(), java.nio.charset.StandardCharsets.UTF_8));
				while (reads.find()) {
					String read = reads.group(1);
					if (!read.startsWith("/") && !read.contains(":")) {
						String parent = next.contains("/") ? next.substring(0, next.lastIndexOf('/') + 1) : "";
						pending.add(java.nio.file.Paths.get(parent + read).normalize().toString().replace(java.io.File.separatorChar, '/'));
					}
				}
			}
		}
		return Optional.of(folder.resolve(path));
	}

	/** The bytes of the blob git names {@code id}, if the repository has it (a file committed, or staged, once). */
	public Optional<byte[]> blob(String id) {
		try {
			ObjectId object = ObjectId.fromString(id);
			if (!repository.getObjectDatabase().has(object)) {
				return Optional.empty();
			}
			return Optional.of(repository.open(object, Constants.OBJ_BLOB).getBytes());
		} catch (IOException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** The device files ({@code *.spintex}) that differ between two revisions, or between a revision and the working tree. */
	public List<String> changedDeviceFiles(String from, String to) throws IOException {
		List<String> changed = new ArrayList<>();
		try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
			tree.setRecursive(true);
			tree.addTree(walk.parseCommit(commit(from)).getTree());
			if (to == null) {
				tree.addTree(new FileTreeIterator(repository));
			} else {
				tree.addTree(walk.parseCommit(commit(to)).getTree());
			}
			tree.setFilter(AndTreeFilter.create(PathSuffixFilter.create(".spintex"), TreeFilter.ANY_DIFF));
			while (tree.next()) {
				FileTreeIterator work = to == null ? tree.getTree(1, FileTreeIterator.class) : null;
				if (work != null && tree.getRawMode(0) == 0 && work.isEntryIgnored()) {
					continue; // an ignored file that git does not track
				}
				changed.add(tree.getPathString());
			}
		}
		return changed;
	}

	/** Whether {@code path} (in the repository) differs from the commit checked out, or is not committed at all. */
	public boolean dirty(String path) throws IOException {
		try {
			var status = Git.wrap(repository).status().addPath(path).call();
			return !status.isClean();
		} catch (GitAPIException e) {
			throw new IOException("git status of " + path + ": " + e.getMessage(), e);
		}
	}

	/** Git's name for a file's content: the SHA-1 of "blob LENGTH\0" and the bytes, as {@code git hash-object} prints. */
	public static String blobId(byte[] content) {
		try (ObjectInserter.Formatter formatter = new ObjectInserter.Formatter()) {
			return formatter.idFor(Constants.OBJ_BLOB, content).name();
		}
	}

	@Override
	public void close() {
		repository.close();
	}
}
