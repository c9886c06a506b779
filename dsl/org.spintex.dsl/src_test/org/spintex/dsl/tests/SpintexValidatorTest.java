package org.spintex.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.spintex.dsl.validation.SpintexValidator;

/** One negative test per rule, and the rule's message at the offending value's line and column. */
class SpintexValidatorTest {

	@Test
	void validMaterialHasNoIssues() throws IOException {
		assertEquals(List.of(), DeviceFiles.validate("material Py { damping alpha = 0.01 }"));
	}

	@Test
	void negativeDampingIsAnErrorAtTheValue() throws IOException {
		Issue issue = single(DeviceFiles.validate("material Py {\n  damping alpha = -0.5\n}"));
		assertEquals(SpintexValidator.NEGATIVE_DAMPING, issue.getCode());
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals(2, issue.getLineNumber());
		assertEquals(19, issue.getColumn());
		assertEquals("damping alpha must be ≥ 0, got -0.5", issue.getMessage());
	}

	@Test
	void dampingWithAUnitIsAnError() throws IOException {
		Issue issue = single(DeviceFiles.validate("material Py { damping alpha = 0.5 T }"));
		assertEquals(SpintexValidator.UNIT_ON_DIMENSIONLESS, issue.getCode());
	}

	@Test
	void nonPositiveFilmSizeIsAnError() throws IOException {
		Issue issue = single(DeviceFiles.validate("""
				material Py { damping alpha = 0.01 }
				device D { film f { material Py box length 1 um width 0 um thickness 5 nm mesh cell 1 nm } }
				"""));
		assertEquals(SpintexValidator.NON_POSITIVE_SIZE, issue.getCode());
		assertEquals("width must be > 0, got 0 um", issue.getMessage());
	}

	@Test
	void nonPositiveCellIsAnError() throws IOException {
		Issue issue = single(DeviceFiles.validate("""
				material Py { damping alpha = 0.01 }
				device D { film f { material Py box length 1 um width 1 um thickness 5 nm mesh cell -1 nm } }
				"""));
		assertEquals(SpintexValidator.NON_POSITIVE_SIZE, issue.getCode());
		assertEquals("mesh cell must be > 0, got -1 nm", issue.getMessage());
	}

	@Test
	void danglingMaterialReferenceIsAnError() throws IOException {
		Issue issue = single(DeviceFiles.validate(
				"device D { film f { material Nowhere box length 1 um width 1 um thickness 5 nm mesh cell 1 nm } }"));
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertTrue(issue.getMessage().contains("Nowhere"), issue.getMessage());
	}

	@Test
	void missingUnitIsAnErrorThatSuggestsOne() throws IOException {
		Issue issue = single(DeviceFiles.validate("material Py { exchange A = 13 }"));
		assertEquals(SpintexValidator.MISSING_UNIT, issue.getCode());
		assertEquals("exchange A needs a unit of an exchange stiffness, e.g. 13 pJ/m", issue.getMessage());
	}

	@Test
	void wrongDimensionNamesTheExpectedUnit() throws IOException {
		Issue issue = single(DeviceFiles.validate("material Py {\n  dmi interfacial D = 3 mJ/m\n}"));
		assertEquals(SpintexValidator.WRONG_DIMENSION, issue.getCode());
		assertEquals(2, issue.getLineNumber());
		assertEquals(25, issue.getColumn());
		assertEquals("dmi D needs a unit of a DMI constant (J/m², e.g. mJ/m^2), but 'mJ/m' is J/m", issue.getMessage());
	}

	@Test
	void lengthInTeslaIsAWrongDimension() throws IOException {
		Issue issue = single(DeviceFiles.validate("""
				material Py { damping alpha = 0.01 }
				device D { film f { material Py box length 1 um width 1 mT thickness 5 nm mesh cell 1 nm } }
				"""));
		assertEquals(SpintexValidator.WRONG_DIMENSION, issue.getCode());
		assertTrue(issue.getMessage().startsWith("width needs a unit of a length (m"), issue.getMessage());
	}

	@Test
	void unknownUnitIsAnError() throws IOException {
		Issue issue = single(DeviceFiles.validate("material Py { saturation Ms = 800 furlong }"));
		assertEquals(SpintexValidator.UNKNOWN_UNIT, issue.getCode());
		assertTrue(issue.getMessage().startsWith("unknown unit 'furlong'"), issue.getMessage());
	}

	private static Issue single(List<Issue> issues) {
		assertEquals(1, issues.size(), () -> "expected exactly one issue, got " + issues);
		return issues.get(0);
	}
}
