package org.spintex.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results folders the operating system refuses: a disk that fills up in the middle of a run, and a
 * read-only folder. Each is a real file system — a small tmpfs, mounted in a private mount namespace of
 * an unprivileged user namespace ({@code unshare -rm}), so the test needs no root. The run must stop
 * with the operating system's reason and the fix (exit code 3, the environment's), and leave no
 * half-written file behind.
 */
class OutputFaultTest {

	@TempDir
	Path dir;

	@Test
	void fullDiskStopsTheRunWithTheReasonAndLeavesWholeFiles() throws Exception {
		Path file = sp4();
		// input.json and two or three of the 49 kB snapshots fit, the rest of the 101 do not
		Result result = runOnTmpfs("size=192k", file);
		assertEquals(3, result.exitCode, result.output);
		assertTrue(result.output.contains("No space left on device"), result.output);
		assertTrue(result.output.contains("the disk is full: free space or choose another --out, then continue with --resume"),
				result.output);
		assertFalse(result.output.contains("\tat "), "no stack trace on screen:\n" + result.output);

		Path run = result.copy.resolve("results/StandardProblem4/switching");
		try (var walk = Files.walk(result.copy)) {
			List<Path> files = walk.filter(Files::isRegularFile).toList();
			assertTrue(files.stream().noneMatch(p -> p.getFileName().toString().endsWith(".partial")),
					"no temporary file left: " + files);
			assertTrue(files.stream().anyMatch(p -> p.getFileName().toString().matches("m\\d{6}\\.ovf")),
					"the snapshots before the disk filled are kept: " + files);
			for (Path p : files) {
				String name = p.getFileName().toString();
				String text = Files.readString(p, StandardCharsets.ISO_8859_1);
				if (name.endsWith(".ovf")) {
					assertTrue(text.endsWith("# End: Segment\n"), name + " is cut short");
				} else if (name.endsWith(".json")) {
					assertTrue(text.strip().startsWith("{") && text.strip().endsWith("}"), name + " is cut short");
				} else if (name.endsWith(".csv")) {
					assertWholeRows(p);
				} else if (name.equals("run.log")) {
					assertTrue(text.endsWith("\n"), "run.log ends with a whole line");
				}
			}
		}
		String status = Files.readString(run.resolve("status")).strip();
		assertTrue(status.startsWith("failed: cannot write") && status.contains("No space left on device"), status);
		assertTrue(Files.readString(run.resolve("run.log")).contains("No space left on device"));
	}

	@Test
	void readOnlyFolderIsRefusedWithTheReason() throws Exception {
		Result result = runOnTmpfs("ro", sp4());
		assertEquals(3, result.exitCode, result.output);
		assertTrue(result.output.contains("Read-only file system (the folder cannot be written: choose a writable --out)"),
				result.output);
		assertFalse(result.output.contains("\tat "), "no stack trace on screen:\n" + result.output);
		try (var walk = Files.walk(result.copy)) {
			assertEquals(List.of(result.copy), walk.toList(), "nothing was written");
		}
	}

	/** Every row of a table has the header's number of columns and a line end. */
	private static void assertWholeRows(Path csv) throws IOException {
		String text = Files.readString(csv);
		assertTrue(text.endsWith("\n"), csv + " ends in the middle of a row");
		List<String> lines = text.lines().toList();
		int columns = lines.get(0).split(",", -1).length;
		for (String line : lines) {
			assertEquals(columns, line.split(",", -1).length, csv + ": " + line);
		}
	}

	private record Result(int exitCode, String output, Path copy) {
	}

	/**
	 * Runs SP4 with its results on a fresh tmpfs mounted with {@code options}, then copies what the run
	 * left there to {@code copy/} (the mount ends with its namespace).
	 */
	private Result runOnTmpfs(String options, Path file) throws Exception {
		Path mount = Files.createDirectories(dir.resolve("mount"));
		Path copy = Files.createDirectories(dir.resolve("copy"));
		String script = "mount -t tmpfs -o \"$1\" spintex-test \"$2\" || exit 90\n"
				+ "\"$3\" run \"$4\" --out \"$2/results\" --quiet\n"
				+ "code=$?\n"
				+ "cp -a \"$2/.\" \"$5\"\n"
				+ "exit $code\n";
		ProcessBuilder builder = new ProcessBuilder("unshare", "-rm", "sh", "-c", script, "sh", options, mount.toString(),
				Installation.spintexScript().toString(), file.toString(), copy.toString()).redirectErrorStream(true);
		builder.environment().put("SPINTEX_HOME", Installation.productDir().toString());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(300, TimeUnit.SECONDS));
		assertTrue(process.exitValue() != 90, "this machine cannot mount a tmpfs in a user namespace (unshare -rm): " + output);
		return new Result(process.exitValue(), output, copy);
	}

	private Path sp4() throws IOException {
		Path example = Path.of(System.getProperty("spintex.repository.root")).resolve("examples/standard-problems/sp4.spintex");
		return Files.copy(example, dir.resolve("sp4.spintex"));
	}
}
