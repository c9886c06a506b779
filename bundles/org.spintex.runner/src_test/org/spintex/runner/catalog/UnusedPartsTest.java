package org.spintex.runner.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spintex.compiler.CompiledPoint;
import org.spintex.compiler.InputJson;
import org.spintex.compiler.StudyCompiler;
import org.spintex.dsl.spintex.Study;
import org.spintex.dsl.validation.PartUseValidator;
import org.spintex.runner.study.DeviceFiles;
import org.spintex.runner.study.StudySelection;

/**
 * The warning "… is not used by study …" tells the truth: in every example and test device, deleting the parts it
 * flags leaves the compiled input of every study — its SHA-256 hash — exactly as it was. The test device
 * {@code testdata/unused/unused-parts.spintex} holds parts of every kind that a micromagnetic study ignores.
 */
class UnusedPartsTest {

	@TempDir
	Path work;

	private final DeviceFiles loader = new DeviceFiles();

	@Test
	void aPartFlaggedUnusedChangesNoCompiledInput() throws IOException {
		int flagged = 0;
		for (Path file : DeviceCorpus.copyInto(work)) {
			String original = Files.readString(file);
			DeviceFiles.Loaded loaded = loader.load(file);
			assertTrue(loaded.issues().stream().noneMatch(i -> i.getSeverity() == Severity.ERROR), file + ": " + loaded.issues());
			Map<String, String> hashes = hashes(loaded);
			List<Issue> unused = loaded.issues().stream().filter(i -> PartUseValidator.UNUSED_PART.equals(i.getCode())).toList();
			if (unused.isEmpty()) {
				continue;
			}
			flagged += unused.size();
			// all flagged parts deleted together (a contact on an unused film goes with it), from the end backwards
			List<int[]> regions = new ArrayList<>();
			for (Issue warning : unused) {
				var node = NodeModelUtils.findActualNodeFor(loaded.resource().getEObject(warning.getUriToProblem().fragment()));
				regions.add(new int[] { node.getOffset(), node.getEndOffset() });
			}
			regions.sort((a, b) -> Integer.compare(b[0], a[0]));
			String without = original;
			for (int[] region : regions) {
				without = without.substring(0, region[0]) + without.substring(region[1]);
			}
			Files.writeString(file, without);
			try {
				DeviceFiles.Loaded idle = loader.load(file);
				assertTrue(idle.issues().stream().noneMatch(i -> i.getSeverity() == Severity.ERROR),
						"deleting the unused parts broke " + file.getFileName() + ": " + idle.issues());
				assertTrue(idle.issues().stream().noneMatch(i -> PartUseValidator.UNUSED_PART.equals(i.getCode())),
						"nothing unused is left: " + idle.issues());
				assertEquals(hashes, hashes(idle), "deleting " + unused.stream().map(Issue::getMessage).toList()
						+ " changed what " + file.getFileName() + " compiles to");
			} finally {
				Files.writeString(file, original);
			}
		}
		assertTrue(flagged >= 6, "the test device's unused parts are flagged: " + flagged);
	}

	@Test
	void theMessageNamesThePartAndTheStudy() throws IOException {
		Path file = DeviceCorpus.copyInto(work).stream().filter(p -> p.getFileName().toString().equals("unused-parts.spintex")).findFirst()
				.orElseThrow();
		List<String> warnings = loader.load(file).issues().stream()
				.filter(i -> PartUseValidator.UNUSED_PART.equals(i.getCode())).map(Issue::getMessage).toList();
		assertTrue(warnings.contains("gate valve is not used by study settle (micromagnetic); link it from a study that reads it, "
				+ "or remove it"), warnings.toString());
		for (String part : List.of("film spare", "contact pump", "potential well", "wire chain", "reservoir lead")) {
			assertTrue(warnings.stream().anyMatch(w -> w.startsWith(part + " is not used")), part + " in " + warnings);
		}
		for (String part : List.of("film strip", "texture start", "drive kick")) {
			assertTrue(warnings.stream().noneMatch(w -> w.startsWith(part + " ")), part + " is used: " + warnings);
		}
	}

	/** Study name → hash of every compiled point, in order. */
	private static Map<String, String> hashes(DeviceFiles.Loaded loaded) {
		Map<String, String> hashes = new LinkedHashMap<>();
		for (Study study : StudySelection.studies(StudySelection.model(loaded))) {
			List<String> points = new ArrayList<>();
			for (CompiledPoint point : new StudyCompiler().compile(study, List.of())) {
				points.add(InputJson.hash(point.input()));
			}
			hashes.put(study.getName(), String.join(",", points));
		}
		return hashes;
	}
}
