package org.spintex.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.spintex.dsl.validation.StudyValidator;

/** What seed 002's texture forces need from a device file, said where it is missing. */
class TextureForcesValidatorTest {

	private static final String SKYRMION = """
			spintex 3
			material PtCo {
				exchange A = 15 pJ/m
				dmi interfacial D = 3.5 mJ/m^2
				anisotropy uniaxial K = 0.8 MJ/m^3 along z
				saturation Ms = 580 kA/m
				damping alpha = 0.3
				fermi-wavevector kF = 11 nm^-1
				spin-splitting zeta = 0.2
				resistivity rho0 = 20 uOhm*cm
			}
			device Hall {
				film sheet { material PtCo  shape box  length 56 nm  width 56 nm  thickness 1 nm  cell 1 nm  periodic x, y }
				contact lead on sheet.west { current-density J = 3e11 A/m^2  polarization P = 0.5  beta 0.1 }
				texture bubble : skyrmion { radius 7 nm }
				potential track : track-edges on sheet { width 40 nm  barrier B = 0.5 eV  decay-length 3 nm }
				potential defect : pinning-site on sheet { center (10, 40, 0) nm  depth 2 meV  radius 5 nm }
				potential trap : harmonic-well on sheet { stiffness 1e-3 N/m }
				study push : texture-forces {
					film sheet
					initial-state bubble
					duration 30 ns
					micromagnetic-check 0.3 ns
				}
			}
			""";

	private static List<Issue> issues(String original, String replacement) throws IOException {
		assertTrue(SKYRMION.contains(original), original);
		return DeviceFiles.validate(SKYRMION.replace(original, replacement)).stream()
				.filter(i -> StudyValidator.ENGINE_NEEDS.equals(i.getCode())).toList();
	}

	@Test
	void aSkyrmionOnATrackWithADefectIsValid() throws IOException {
		assertEquals(List.of(), DeviceFiles.validate(SKYRMION));
	}

	@Test
	void theElectronsComeWhole() throws IOException {
		assertEquals(List.of("material PtCo describes its conduction electrons by fermi-wavevector, spin-splitting, resistivity "
				+ "together (seed 002 eqs. (77), (94)); it gives only fermi-wavevector, resistivity"),
				issues("spin-splitting zeta = 0.2", "").stream().map(Issue::getMessage).toList());
	}

	@Test
	void onePolarisedCurrentWithItsDensityPushesTheTexture() throws IOException {
		assertEquals(List.of("contact lead needs the 'current-density' j whose spin current P j pushes the texture (seed 002 eq. (62))"),
				issues("current-density J = 3e11 A/m^2  ", "").stream().map(Issue::getMessage).toList());
		String second = "contact lead on sheet.west { current-density J = 3e11 A/m^2  polarization P = 0.5  beta 0.1 }\n"
				+ "contact other on sheet.east { current-density J = 1e11 A/m^2  polarization P = 0.5 }";
		assertEquals(List.of("the forces of seed 002 eq. (87) are those of one spin-polarised current; film sheet has 2 contacts "
				+ "with a 'polarization'"), issues("contact lead on sheet.west { current-density J = 3e11 A/m^2  polarization P = 0.5  beta 0.1 }",
						second).stream().map(Issue::getMessage).toList());
	}

	@Test
	void theMicromagneticCheckOfAConfinedTextureIsFlagged() throws IOException {
		List<Issue> issues = issues("periodic x, y", "periodic x");
		assertEquals(1, issues.size());
		assertEquals(Severity.WARNING, issues.get(0).getSeverity());
		assertTrue(issues.get(0).getMessage().startsWith("film sheet has open edges, which confine the texture"), issues.get(0).getMessage());
	}

	@Test
	void potentialsAreCheckedAgainstTheirKind() throws IOException {
		List<Issue> issues = DeviceFiles.validate(SKYRMION.replace("potential trap : harmonic-well on sheet { stiffness 1e-3 N/m }",
				"potential trap : harmonic-well on sheet { stiffness 1e-3 J }"));
		assertEquals(1, issues.size(), issues.toString());
		assertTrue(issues.get(0).getMessage().contains("N/m"), issues.get(0).getMessage());
		assertTrue(DeviceFiles.validate(SKYRMION.replace("harmonic-well", "square-well")).stream()
				.anyMatch(i -> i.getMessage().startsWith("unknown potential 'square-well'; write one of harmonic-well, pinning-site, track-edges")));
	}
}
