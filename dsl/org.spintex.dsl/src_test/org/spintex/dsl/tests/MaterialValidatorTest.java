package org.spintex.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.spintex.dsl.validation.MaterialValidator;

/** Ms = γ s: a material gives two of saturation, gyromagnetic-ratio and spin-density, or three that agree. */
class MaterialValidatorTest {

	private static List<Issue> spinIssues(String constants) throws IOException {
		return DeviceFiles.validate("spintex 3\nmaterial M { exchange A = 10 pJ/m  damping 0.1  " + constants + " }").stream()
				.filter(i -> MaterialValidator.OVERDETERMINED_SPIN.equals(i.getCode())).toList();
	}

	@Test
	void threeConstantsThatDisagreeAreAnError() throws IOException {
		// γ s = 1.76e11 × 1e-6 = 176 kA/m, not 110 kA/m
		List<Issue> issues = spinIssues("saturation Ms = 110 kA/m  gyromagnetic-ratio 1.76e11 rad/s/T  spin-density s = 1e-6 J*s/m^3");
		assertEquals(1, issues.size(), issues::toString);
		assertEquals(Severity.ERROR, issues.get(0).getSeverity());
		assertTrue(issues.get(0).getMessage().contains("give two of them"), issues.get(0).getMessage());
	}

	@Test
	void twoConstantsOrThreeThatAgreeAreFine() throws IOException {
		assertEquals(List.of(), spinIssues("saturation Ms = 110 kA/m  spin-density s = 1e-6 J*s/m^3"));
		assertEquals(List.of(), spinIssues("saturation Ms = 110 kA/m  gyromagnetic-ratio 1.1e11 rad/s/T  spin-density s = 1e-6 J*s/m^3"));
	}
}
