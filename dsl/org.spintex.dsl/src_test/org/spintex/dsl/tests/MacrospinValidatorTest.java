package org.spintex.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.spintex.dsl.validation.StudyValidator;

/** What seed 003's macrospin needs from a device file. */
class MacrospinValidatorTest {

	private static final String TI = """
			spintex 3
			material Insulator { exchange A = 2 pJ/m  saturation Ms = 100 kA/m  anisotropy uniaxial K = 5 kJ/m^3 along z  damping 0 }
			device TISurface {
				film magnet { material Insulator  shape box  length 50 nm  width 50 nm  thickness 1 nm  cell 1 nm }
				texture tilted : uniform { direction (0.3, -0.2, 0.93) }
				study sphere : macrospin {
					film magnet
					initial-state tilted
					interface ti-surface
					exchange-ratio alpha = 1
					lattice-constant a = 0.5 nm
					electric-field E = 150 kV/m
					duration 4 ns
					portrait 6
				}
			}
			""";

	private static List<String> messages(String original, String replacement) throws IOException {
		assertTrue(TI.contains(original), original);
		return DeviceFiles.validate(TI.replace(original, replacement)).stream()
				.filter(i -> StudyValidator.ENGINE_NEEDS.equals(i.getCode())).map(Issue::getMessage).toList();
	}

	@Test
	void theFerromagnetOnATopologicalInsulatorIsValid() throws IOException {
		assertEquals(List.of(), DeviceFiles.validate(TI));
	}

	@Test
	void theInterfaceNeedsItsExchangeRatioAndLatticeConstant() throws IOException {
		assertEquals(List.of("the ti-surface interface needs 'lattice-constant': its Berry curvature and induced field scale with "
				+ "α = Jma/ħv and the lattice constant a (seed 003 eqs. (2.31), (2.39))"), messages("lattice-constant a = 0.5 nm", ""));
	}

	@Test
	void aMacrospinStartsFromADirection() throws IOException {
		assertEquals(List.of("a macrospin starts from one direction: link a uniform texture as 'initial-state', not the vortex tilted"),
				messages("texture tilted : uniform { direction (0.3, -0.2, 0.93) }", "texture tilted : vortex { circulation 1 }"));
	}

	@Test
	void anElectricFieldWithoutInterfaceIsFlagged() throws IOException {
		List<String> warnings = messages("interface ti-surface", "interface none");
		assertEquals(List.of("without a topological-insulator 'interface' the 'electric-field' acts on nothing"), warnings);
	}

	@Test
	void theDurationIsRequired() throws IOException {
		assertTrue(DeviceFiles.validate(TI.replace("duration 4 ns", "")).stream().anyMatch(i -> i.getMessage().contains("duration")));
	}
}
