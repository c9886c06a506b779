package org.spintex.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spintex.dsl.validation.ImportValidator;

/** A missing library is an error at its import line, with the path it was looked for at; a present one is silent. */
class ImportValidatorTest {

	private static final String DEVICE = """
			spintex 3
			import "../materials/LIBRARY"

			device D {
				film f { material Py  shape box  length 100 nm  width 50 nm  thickness 2 nm  cell 2 nm }
			}
			""";

	@TempDir
	Path dir;

	@Test
	void aMissingImportIsAnErrorOnItsLine() throws IOException {
		Path device = Files.writeString(Files.createDirectories(dir.resolve("devices")).resolve("d.spintex"),
				DEVICE.replace("LIBRARY", "nope.spintex"));
		List<Issue> issues = DeviceFiles.validate(device).stream()
				.filter(i -> ImportValidator.UNREADABLE_IMPORT.equals(i.getCode())).toList();
		assertEquals(1, issues.size(), issues.toString());
		Issue issue = issues.get(0);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals(2, issue.getLineNumber());
		assertEquals(8, issue.getColumn());
		assertTrue(issue.getMessage().startsWith("cannot read the imported file \"../materials/nope.spintex\" ("
				+ dir.resolve("materials/nope.spintex").toAbsolutePath().normalize()), issue.getMessage());
	}

	@Test
	void aPresentImportIsSilent() throws IOException {
		Files.writeString(Files.createDirectories(dir.resolve("materials")).resolve("soft.spintex"),
				"material Py {\n\texchange A = 13 pJ/m\n\tsaturation Ms = 800 kA/m\n\tdamping alpha = 0.01\n}\n");
		Path device = Files.writeString(Files.createDirectories(dir.resolve("devices")).resolve("d.spintex"),
				DEVICE.replace("LIBRARY", "soft.spintex"));
		List<Issue> issues = DeviceFiles.validate(device);
		assertTrue(issues.stream().noneMatch(i -> ImportValidator.UNREADABLE_IMPORT.equals(i.getCode())), issues.toString());
		assertTrue(issues.stream().noneMatch(i -> i.getSeverity() == Severity.ERROR), issues.toString());
	}
}
