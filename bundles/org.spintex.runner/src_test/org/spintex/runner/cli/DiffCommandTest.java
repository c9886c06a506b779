package org.spintex.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code spintex diff}: two versions of a device file compared as physics. Every kind of change on a small racetrack:
 * unit rewrites, reordering and layout (no change), a property changed (both values, relative change, the study stale),
 * a part added and removed, a material renamed (its users unchanged), a material changed in an imported file (shown with
 * its users), a sweep changed (only the changed points stale), and git's external-driver call.
 */
class DiffCommandTest extends CommandLineTestBase {

	private static final String MATERIALS = """
			spintex 3
			material Cobalt "Pt/Co" {
				exchange A = 15 pJ/m
				saturation Ms = 580 kA/m
				anisotropy uniaxial K = 0.8 MJ/m^3 along z
				dmi interfacial D = 3 mJ/m^2
				damping alpha = 0.3
			}
			""";

	private static final String TRACK = """
			spintex 3
			import "materials.spintex"

			device Track {
				film track {
					material Cobalt
					shape box
					length 64 nm
					width 32 nm
					thickness 1 nm
					cell 2 nm
				}

				texture up : uniform {
					direction (0, 0, 1)
				}

				study relax : micromagnetic {
					film track
					initial-state up
					ground-state minimize
					demag off
					sweep Cobalt.K over 0.6 MJ/m^3, 0.7 MJ/m^3, 0.8 MJ/m^3
				}
			}
			""";

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		return file;
	}

	/** The diff of TRACK and its edited copy, both next to the materials file. */
	private String diff(String edited, String... options) throws IOException {
		write("materials.spintex", MATERIALS);
		Path a = write("a.spintex", TRACK), b = write("b.spintex", edited);
		String[] args = new String[options.length + 3];
		args[0] = "diff";
		System.arraycopy(options, 0, args, 1, options.length);
		args[options.length + 1] = a.toString();
		args[options.length + 2] = b.toString();
		assertEquals(0, spintex(args), err.toString());
		return out.toString();
	}

	@Test
	void unitRewritesReorderingAndLayoutAreNoChange() throws IOException {
		String rewritten = TRACK.replace("length 64 nm", "length 0.064 um").replace("thickness 1 nm\n", "thickness 1e-9 m\n")
				.replace("		shape box\n", "").replace("		cell 2 nm\n", "		cell 2 nm\n		shape box\n")
				.replace("0.6 MJ/m^3, 0.7 MJ/m^3", "600 kJ/m^3, 0.7 MJ/m^3").replace("film track\n		initial-state up",
						"initial-state up\n		film track");
		String text = diff(rewritten);
		assertTrue(text.contains("no change in physics"), text);
		assertEquals(0, spintex("diff", "--exit-code", dir.resolve("a.spintex").toString(), dir.resolve("b.spintex").toString()));
	}

	@Test
	void aChangedPropertyShowsBothValuesItsRelativeChangeAndTheStaleStudy() throws IOException {
		String text = diff(TRACK.replace("thickness 1 nm", "thickness 1.2 nm"));
		assertTrue(text.contains("device Track › film track\n    thickness: 1 nm → 1.2 nm (+20.0 %)"), text);
		assertTrue(text.contains("Track.relax: stale (3 of 3 sweep points)"), text);
		assertEquals(1, spintex("diff", "--exit-code", dir.resolve("a.spintex").toString(), dir.resolve("b.spintex").toString()));
	}

	@Test
	void partsAddedRemovedAndRenamed() throws IOException {
		String edited = TRACK.replace("texture up : uniform", "texture saturated : uniform").replace("initial-state up",
				"initial-state saturated").replace("	study relax", """
					region notch in track {
						outline disk(4 nm) at (32, 0) nm
						empty
					}

					study relax""");
		String text = diff(edited);
		assertTrue(text.contains("~ device Track › texture saturated (renamed from up)"), text);
		assertTrue(text.contains("+ device Track › region notch"), text);
		// the study's link follows the renamed texture: no change there, but the notch makes every point stale
		assertTrue(!text.contains("initial-state:"), text);
		assertTrue(text.contains("Track.relax: stale (3 of 3 sweep points)"), text);
		out.getBuffer().setLength(0);
		assertEquals(0, spintex("diff", dir.resolve("b.spintex").toString(), dir.resolve("a.spintex").toString()));
		assertTrue(out.toString().contains("- device Track › region notch"), out.toString());
	}

	@Test
	void aMaterialChangedInAnImportShowsWithItsUsers() throws IOException {
		write("materials.spintex", MATERIALS);
		Path a = write("a.spintex", TRACK);
		Path b = write("new/b.spintex", TRACK);
		write("new/materials.spintex", MATERIALS.replace("A = 15 pJ/m", "A = 16.5 pJ/m"));
		assertEquals(0, spintex("diff", a.toString(), b.toString()), err.toString());
		String text = out.toString();
		assertTrue(text.contains("material Cobalt\n    exchange: 15 pJ/m → 16.5 pJ/m (+10.0 %)   used by device Track › film track"),
				text);
		assertTrue(text.contains("Track.relax: stale (3 of 3 sweep points)"), text);
	}

	@Test
	void aRenamedMaterialIsNoChangeToItsUsers() throws IOException {
		write("materials.spintex", MATERIALS + MATERIALS.replace("spintex 3\n", "").replace("Cobalt", "PtCo"));
		Path a = write("a.spintex", TRACK);
		Path b = write("b.spintex", TRACK.replace("material Cobalt", "material PtCo").replace("Cobalt.K", "PtCo.K"));
		assertEquals(0, spintex("diff", a.toString(), b.toString()), err.toString());
		String text = out.toString();
		// the same physics under another material's name: the compiled inputs are the same
		assertTrue(text.contains("material: Cobalt → PtCo"), text);
		assertTrue(text.contains("Track.relax: current"), text);
	}

	@Test
	void aChangedSweepMakesOnlyItsNewPointsStale() throws IOException {
		String text = diff(TRACK.replace("0.8 MJ/m^3\n", "0.9 MJ/m^3, 1 MJ/m^3\n"));
		assertTrue(text.contains("sweep Cobalt.K: over 600 kJ/m^3, 700 kJ/m^3, 800 kJ/m^3 → over 600 kJ/m^3, 700 kJ/m^3, 900 "
				+ "kJ/m^3, 1000 kJ/m^3"), text);
		assertTrue(text.contains("Track.relax: stale (2 of 4 sweep points)"), text);
	}

	@Test
	void jsonForScripts() throws IOException {
		JsonObject json = JsonParser.parseString(diff(TRACK.replace("thickness 1 nm", "thickness 1.2 nm"), "--json"))
				.getAsJsonObject();
		assertEquals(false, json.get("same").getAsBoolean());
		JsonObject change = json.getAsJsonArray("changes").get(0).getAsJsonObject();
		assertEquals("changed", change.get("kind").getAsString());
		assertEquals("thickness", change.get("fact").getAsString());
		assertEquals(0.2, change.get("relative").getAsDouble(), 1e-12);
		assertEquals(3, json.getAsJsonArray("studies").get(0).getAsJsonObject().get("stale").getAsInt());
	}

	@Test
	void asGitsExternalDriverTheOlderVersionIsReadWhereTheFileLives() throws IOException {
		write("materials.spintex", MATERIALS);
		Path track = write("track.spintex", TRACK.replace("thickness 1 nm", "thickness 1.2 nm"));
		// git hands the older blob as a temporary file elsewhere; its import must still resolve next to track.spintex
		Path old = Files.createTempDirectory(dir, "git").resolve("XXXXXX_track.spintex");
		Files.writeString(old, TRACK);
		// git names the file relative to the top of the working tree, where it runs the driver; here that is the test's folder
		assertEquals(0, spintex("diff", "--git", track.toString(), old.toString(), "1234567", "100644", track.toString(), "89abcde",
				"100644"), err.toString());
		assertTrue(out.toString().startsWith("--- a/" + track + "\n+++ b/" + track + "\n"), out.toString());
		assertTrue(out.toString().contains("thickness: 1 nm → 1.2 nm (+20.0 %)"), out.toString());
	}

	/** A repository made here with JGit: three commits of a racetrack and its materials, then an edit not committed. */
	private org.eclipse.jgit.api.Git repository() throws Exception {
		org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
		write("lib/materials.spintex", MATERIALS);
		write("devices/track.spintex", TRACK.replace("\"materials.spintex\"", "\"../lib/materials.spintex\""));
		commit(git, "a racetrack");
		write("devices/track.spintex", TRACK.replace("\"materials.spintex\"", "\"../lib/materials.spintex\"")
				.replace("thickness 1 nm", "thickness 1.2 nm"));
		commit(git, "a thicker film");
		write("lib/materials.spintex", MATERIALS.replace("damping alpha = 0.3", "damping alpha = 0.2"));
		commit(git, "less damping");
		return git;
	}

	private static void commit(org.eclipse.jgit.api.Git git, String message) throws Exception {
		git.add().addFilepattern(".").call();
		git.commit().setMessage(message).setAuthor("Spintex test", "test@spintex.invalid")
				.setCommitter("Spintex test", "test@spintex.invalid").setSign(false).call();
	}

	@Test
	void revisionsOfAFileReadWithTheirImportsAsTheyWere() throws Exception {
		try (var git = repository()) {
			Path track = dir.resolve("devices/track.spintex");
			// the film's thickness changed in the second commit; the material in the third
			assertEquals(0, spintex("diff", "HEAD~2..HEAD~1", "--", track.toString()), err.toString());
			assertTrue(out.toString().contains("--- HEAD~2:devices/track.spintex\n+++ HEAD~1:devices/track.spintex\n"), out.toString());
			assertTrue(out.toString().contains("thickness: 1 nm → 1.2 nm (+20.0 %)"), out.toString());
			assertTrue(!out.toString().contains("damping"), "the import as it was at each revision: " + out);
			out.getBuffer().setLength(0);
			assertEquals(0, spintex("diff", "HEAD~1..HEAD", "--", track.toString()), err.toString());
			assertTrue(out.toString().contains("material Cobalt\n    damping: 0.3 → 0.2 (-33.3 %)   used by device Track › film track"),
					out.toString());
			assertTrue(out.toString().contains("Track.relax: stale (3 of 3 sweep points)"), out.toString());
		}
	}

	@Test
	void theWorkingTreeAgainstARevisionAndEveryChangedFile() throws Exception {
		try (var git = repository()) {
			Path track = dir.resolve("devices/track.spintex");
			Files.writeString(track, Files.readString(track).replace("length 64 nm", "length 0.064 um").replace("width 32 nm",
					"width 40 nm"));
			assertEquals(0, spintex("diff", "HEAD", track.toString()), err.toString());
			assertTrue(out.toString().contains("+++ devices/track.spintex\n"), out.toString());
			assertTrue(out.toString().contains("width: 32 nm → 40 nm (+25.0 %)"), out.toString());
			assertTrue(!out.toString().contains("length"), "a unit rewrite is no change: " + out);
			// no file named: every device file changed between the revisions, read from the repository given
			out.getBuffer().setLength(0);
			assertEquals(0, spintex("diff", "-C", dir.toString(), "HEAD~2..HEAD"), err.toString());
			assertTrue(out.toString().contains("+++ HEAD:devices/track.spintex"), out.toString());
			assertTrue(out.toString().contains("+++ HEAD:lib/materials.spintex"), out.toString());
			out.getBuffer().setLength(0);
			assertEquals(2, spintex("diff", "HEAD~7", track.toString()));
			assertTrue(err.toString().contains("git knows no revision 'HEAD~7'"), err.toString());
		}
	}
}
