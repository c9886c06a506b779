package org.spintex.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.spintex.compiler.InputJson;
import org.spintex.runner.git.GitRevisions;
import org.spintex.runner.study.StudySelection;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Where a run comes from, and whether it is still current: the provenance in input.json and results.json (the file's
 * path in its repository, the commit, uncommitted changes, git's blob id of each device file, the engines' versions);
 * an input hash that two clones in different folders agree on and that changes with the engine's version; spintex
 * status telling current from stale runs with the diff's words; --resume computing a changed point again and saying why.
 */
class ProvenanceTest extends CommandLineTestBase {

	private static final String MATERIALS = """
			spintex 3
			material Chiral {
				exchange A = 13 pJ/m
				dmi interfacial D = 3 mJ/m^2
				anisotropy uniaxial K = 0.4 MJ/m^3 along z
				saturation Ms = 0.86 MA/m
				damping alpha = 0.5
			}
			""";

	private static final String WIRE = """
			spintex 3
			import "materials.spintex"
			device Wire {
				film strip { material Chiral  shape wire  length 40 nm  width 1 nm  thickness 1 nm  cell 1 nm  periodic y }
				texture up : uniform { direction (0.1, 0, 1) }
				study relax : micromagnetic { film strip  initial-state up  ground-state minimize  demag off }
			}
			""";

	private Git repository() throws Exception {
		Git git = Git.init().setDirectory(dir.resolve("repo").toFile()).setInitialBranch("main").call();
		Files.createDirectories(dir.resolve("repo/devices"));
		Files.writeString(dir.resolve("repo/devices/materials.spintex"), MATERIALS);
		Files.writeString(dir.resolve("repo/devices/wire.spintex"), WIRE);
		git.add().addFilepattern(".").call();
		git.commit().setMessage("a wire").setAuthor("Spintex test", "test@spintex.invalid")
				.setCommitter("Spintex test", "test@spintex.invalid").setSign(false).call();
		return git;
	}

	private JsonObject json(Path file) throws IOException {
		return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
	}

	private int run(Path file, Path out, String... more) {
		String[] args = new String[4 + more.length];
		args[0] = "run";
		args[1] = file.toString();
		args[2] = "--out";
		args[3] = out.toString();
		System.arraycopy(more, 0, args, 4, more.length);
		return spintex(args);
	}

	@Test
	void aRunRecordsWhereItComesFrom() throws Exception {
		try (Git git = repository()) {
			Path wire = dir.resolve("repo/devices/wire.spintex");
			assertEquals(ExitCodes.OK, run(wire, dir.resolve("clean"), "--quiet"), err.toString());
			JsonObject provenance = json(dir.resolve("clean/Wire/relax/input.json")).getAsJsonObject("provenance");
			assertEquals("devices/wire.spintex", provenance.get("file").getAsString());
			assertEquals(git.getRepository().resolve("HEAD").name(), provenance.getAsJsonObject("git").get("commit").getAsString());
			assertEquals(false, provenance.getAsJsonObject("git").get("dirty").getAsBoolean());
			JsonArray files = provenance.getAsJsonArray("files");
			assertEquals(2, files.size(), files.toString());
			// git's blob id, as git hash-object computes it: SHA-1 of "blob <length>\0" and the bytes
			byte[] bytes = Files.readAllBytes(wire);
			String expected = sha1(("blob " + bytes.length + "\0").getBytes(java.nio.charset.StandardCharsets.US_ASCII), bytes);
			assertTrue(files.toString().contains("\"path\":\"devices/wire.spintex\",\"blob\":\"" + expected + "\""), files.toString());
			assertTrue(files.toString().contains("devices/materials.spintex"), files.toString());
			assertTrue(provenance.getAsJsonObject("engines").has("micromagnetic"), provenance.toString());
			assertEquals(provenance, json(dir.resolve("clean/Wire/relax/results.json")).getAsJsonObject("provenance"));
			// an uncommitted edit of an import: the run says so
			Files.writeString(dir.resolve("repo/devices/materials.spintex"), MATERIALS.replace("0.5", "0.4"));
			assertEquals(ExitCodes.OK, run(wire, dir.resolve("dirty"), "--quiet"), err.toString());
			JsonObject dirty = json(dir.resolve("dirty/Wire/relax/input.json")).getAsJsonObject("provenance");
			assertEquals(true, dirty.getAsJsonObject("git").get("dirty").getAsBoolean());
			assertTrue(dirty.getAsJsonArray("files").toString().contains("\"path\":\"devices/materials.spintex\",\"blob\":\"")
					&& dirty.getAsJsonArray("files").toString().contains("\"dirty\":true"), dirty.toString());
		}
	}

	@Test
	void twoClonesInDifferentFoldersHaveTheSameHashesAndAnotherEngineBuildAnother() throws Exception {
		// a texture read from a file: the input holds the file's location, which the hash leaves out
		String saved = WIRE.replace("texture up : uniform { direction (0.1, 0, 1) }",
				"texture up : uniform { direction (0.1, 0, 1) }\n\ttexture saved : from-file { file \"start.ovf\" }")
				.replace("initial-state up", "initial-state saved");
		Path first = dir.resolve("one/clone"), second = dir.resolve("elsewhere/deeper/clone");
		for (Path clone : List.of(first, second)) {
			Files.createDirectories(clone);
			Files.writeString(clone.resolve("materials.spintex"), MATERIALS);
			Files.writeString(clone.resolve("wire.spintex"), WIRE);
		}
		assertEquals(ExitCodes.OK, run(first.resolve("wire.spintex"), dir.resolve("seed"), "--quiet"), err.toString());
		for (Path clone : List.of(first, second)) {
			Files.copy(dir.resolve("seed/Wire/relax/m_final.ovf"), clone.resolve("start.ovf"));
			Files.writeString(clone.resolve("wire.spintex"), saved);
		}
		var a = StudySelection.compile(first.resolve("wire.spintex"), null, List.of(), new PrintWriter(new StringWriter()));
		var b = StudySelection.compile(second.resolve("wire.spintex"), null, List.of(), new PrintWriter(new StringWriter()));
		assertNotEquals(InputJson.toJson(a.get(0).input()).toString(), InputJson.toJson(b.get(0).input()).toString(),
				"the inputs name their own folders");
		assertEquals(InputJson.hash(a.get(0).input()), InputJson.hash(b.get(0).input()), "moving a clone keeps the hash");
		assertNotEquals(InputJson.hash(a.get(0).input()), InputJson.hash(a.get(0).input(), "0.0.1.older-build"),
				"another build of the engine, another hash");
	}

	@Test
	void statusTellsCurrentFromStaleRunsAndResumeComputesAChangedPointAgain() throws Exception {
		try (Git git = repository()) {
			Path wire = dir.resolve("repo/devices/wire.spintex");
			assertEquals(ExitCodes.OK, run(wire, dir.resolve("results/old"), "--quiet"), err.toString());
			Files.writeString(wire, WIRE.replace("length 40 nm", "length 48 nm"));
			assertEquals(ExitCodes.OK, run(wire, dir.resolve("results/new"), "--quiet"), err.toString());
			out.getBuffer().setLength(0);
			assertEquals(ExitCodes.OK, spintex("status", dir.resolve("results").toString()), err.toString());
			String status = out.toString();
			assertTrue(status.contains("results/new/Wire/relax\n    Wire.relax, completed, 1 point\n    from devices/wire.spintex at "),
					status);
			assertTrue(status.contains("with uncommitted changes"), status);
			assertTrue(status.contains("    stale: 1 of 1 point would get another input now\n"
					+ "        device Wire › film strip: length: 40 nm → 48 nm (+20.0 %)\n"), status);
			assertTrue(status.contains("2 runs: 1 current, 1 stale, 0 unknown"), status);
			// --resume of the old run: its point's input changed, so it is computed again, and the log says why
			err.getBuffer().setLength(0);
			assertEquals(ExitCodes.OK, run(wire, dir.resolve("results/old"), "--resume"), err.toString());
			assertTrue(err.toString().contains("run: computed again, not kept: its input changed since it ran"), err.toString());
			out.getBuffer().setLength(0);
			assertEquals(ExitCodes.OK, spintex("status", dir.resolve("results").toString()));
			assertTrue(out.toString().contains("2 runs: 2 current, 0 stale, 0 unknown"), out.toString());
			assertTrue(GitRevisions.around(wire.getParent()).isPresent());
		}
	}

	@Test
	void resumeComputesAgainWhatAnotherBuildOfTheEngineComputed() throws Exception {
		Path wire = Files.createDirectories(dir.resolve("plain")).resolve("wire.spintex");
		Files.writeString(dir.resolve("plain/materials.spintex"), MATERIALS);
		Files.writeString(wire, WIRE);
		assertEquals(ExitCodes.OK, run(wire, dir.resolve("out"), "--quiet"), err.toString());
		// the run as an older build of the engine would have recorded it: the same input, another engine version
		var points = StudySelection.compile(wire, null, List.of(), new PrintWriter(new StringWriter()));
		String older = InputJson.hash(points.get(0).input(), "0.0.1.older-build");
		Path results = dir.resolve("out/Wire/relax/results.json");
		JsonObject recorded = json(results);
		recorded.addProperty("inputHash", older);
		Files.writeString(results, recorded.toString());
		err.getBuffer().setLength(0);
		assertEquals(ExitCodes.OK, run(wire, dir.resolve("out"), "--resume"), err.toString());
		assertTrue(err.toString().contains("run: computed again, not kept: its input changed since it ran (input hash "
				+ older.substring(0, 12)), err.toString());
		assertEquals(InputJson.hash(points.get(0).input()), json(results).get("inputHash").getAsString());
		// the run keeps a copy of what it read
		assertEquals(WIRE, Files.readString(dir.resolve("out/Wire/relax/sources/wire.spintex")));
	}

	private static String sha1(byte[] header, byte[] content) throws Exception {
		java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-1");
		sha.update(header);
		sha.update(content);
		return java.util.HexFormat.of().formatHex(sha.digest());
	}
}
