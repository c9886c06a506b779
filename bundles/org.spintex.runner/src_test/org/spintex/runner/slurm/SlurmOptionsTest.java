package org.spintex.runner.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options of {@code run --on slurm}: Slurm's time formats, where defaults come from, what is refused, quoting. */
class SlurmOptionsTest {

	@TempDir
	Path dir;

	@Test
	void timeLimitsInEveryFormSbatchTakes() {
		// sbatch(1), --time: "minutes", "minutes:seconds", "hours:minutes:seconds", "days-hours",
		// "days-hours:minutes" and "days-hours:minutes:seconds"
		assertEquals(300, SlurmTime.parse("5").seconds());
		assertEquals(330, SlurmTime.parse("5:30").seconds());
		assertEquals(2 * 3600 + 30 * 60, SlurmTime.parse("02:30:00").seconds());
		assertEquals(86400 + 12 * 3600, SlurmTime.parse("1-12").seconds());
		assertEquals(86400 + 12 * 3600 + 5 * 60, SlurmTime.parse("1-12:05").seconds());
		assertEquals(2 * 86400 + 1, SlurmTime.parse("2-00:00:01").seconds());
		assertEquals("1-12:05:00", SlurmTime.parse("1-12:05").clock());
		assertEquals("00:05:00", SlurmTime.parse("5").clock());
		for (String bad : List.of("2h", "1:2:3:4", "", "-5", "1-", "0")) {
			assertThrows(IllegalArgumentException.class, () -> SlurmTime.parse(bad), bad);
		}
	}

	@Test
	void theWarningBeforeTheLimitIsTwoMinutesOrHalfAShortLimit() {
		assertEquals(120, SlurmTime.parse("04:00:00").warningSeconds());
		assertEquals(30, SlurmTime.parse("1").warningSeconds());
	}

	@Test
	void commandLineBeforeConfigurationFileBeforeEnvironment() throws Exception {
		Path file = Files.writeString(dir.resolve("spintex.conf"), """
				# defaults of this user
				[other]
				partition = not-this-one
				[slurm]
				partition = short
				time = 04:00:00
				cpus-per-point = 4
				sbatch-arg = --account=spin-lab
				""");
		SlurmConfigFile config = SlurmConfigFile.forUser(Map.of("SPINTEX_CONFIG", file.toString()));
		Map<String, String> env = Map.of("SBATCH_PARTITION", "env-partition", "SBATCH_MEM_PER_NODE", "8G");
		SlurmOptions fromFile = SlurmOptions.resolve(SlurmOptions.Given.NOTHING, config, env);
		assertEquals(Optional.of("short"), fromFile.partition());
		assertEquals(4 * 3600, fromFile.time().orElseThrow().seconds());
		assertEquals(4, fromFile.cpusPerPoint());
		assertEquals(Optional.of("8G"), fromFile.memory(), "from the environment: neither the file nor the command line says");
		assertEquals(List.of("--partition=short", "--time=04:00:00", "--cpus-per-task=4", "--mem=8G", "--account=spin-lab"),
				fromFile.taskOptions());
		SlurmOptions given = SlurmOptions.resolve(new SlurmOptions.Given("long", "1-00", 2, null, 3, 5, List.of("--qos=low")),
				config, env);
		assertEquals(Optional.of("long"), given.partition());
		assertEquals(86400, given.time().orElseThrow().seconds());
		assertEquals(2, given.cpusPerPoint());
		assertEquals(3, given.maxParallel().getAsInt());
		assertEquals(5, given.pointsPerTask());
		assertEquals(List.of("--account=spin-lab", "--qos=low"), given.sbatchArgs());
		SlurmOptions none = SlurmOptions.resolve(SlurmOptions.Given.NOTHING, SlurmConfigFile.NONE, Map.of());
		assertEquals(Optional.empty(), none.partition());
		assertEquals(SlurmOptions.DEFAULT_CPUS_PER_POINT, none.cpusPerPoint());
		assertEquals(SlurmOptions.DEFAULT_POINTS_PER_TASK, none.pointsPerTask());
	}

	@Test
	void aMisspeltSettingInTheFileIsAnErrorWithItsLine() throws Exception {
		Path file = Files.writeString(dir.resolve("spintex.conf"), "[slurm]\npartition = short\npartiton = long\n");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SlurmConfigFile.read(file));
		assertTrue(e.getMessage().startsWith(file + ":3: 'partiton = long' is not a [slurm] setting"), e.getMessage());
	}

	@Test
	void optionsThatWouldBreakTheArrayAreRefused() {
		for (String arg : List.of("--array=1-3", "--output=x", "-o", "--dependency=afterok:1", "--signal=USR2@60")) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SlurmOptions.resolve(
					new SlurmOptions.Given(null, null, null, null, null, null, List.of(arg)), SlurmConfigFile.NONE, Map.of()));
			assertTrue(e.getMessage().contains("sets " + arg.replaceAll("=.*", "") + " itself"), e.getMessage());
		}
		assertThrows(IllegalArgumentException.class, () -> SlurmOptions.resolve(
				new SlurmOptions.Given(null, null, 0, null, null, null, List.of()), SlurmConfigFile.NONE, Map.of()));
		assertThrows(IllegalArgumentException.class, () -> SlurmOptions.resolve(
				new SlurmOptions.Given(null, null, null, "8 GB", null, null, List.of()), SlurmConfigFile.NONE, Map.of()));
	}

	@Test
	void noSbatchOnThePathSaysWhatToDo() {
		SlurmClient client = new SlurmClient(Map.of("PATH", dir.toString()));
		SlurmException e = assertThrows(SlurmException.class, client::requireSbatch);
		assertEquals("Slurm's sbatch was not found; run on a login node of the cluster or use --dry-run", e.getMessage());
	}

	@Test
	void tasksAndTheirPoints() {
		TaskArray groups = new TaskArray(10, 4, true);
		assertEquals(List.of(1, 3), groups.tasksOf(List.of(2, 4, 9, 10)));
		assertEquals(0, new TaskArray(1, 1, false).taskOf(0));
		assertEquals("1-3,5,7-8", TaskArray.spec(List.of(1, 2, 3, 5, 7, 8)));
	}

	@Test
	void quotedWordsReachBashUnchanged() throws Exception {
		List<String> words = List.of("plain/path-1.0", "with space", "it's", "$HOME and `date`", "a\"b", "*", "");
		Process bash = new ProcessBuilder("bash", "-c", "printf '%s\\n' " + ShellWords.join(words)).start();
		String printed = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, bash.waitFor());
		assertEquals(String.join("\n", words) + "\n", printed);
	}
}
