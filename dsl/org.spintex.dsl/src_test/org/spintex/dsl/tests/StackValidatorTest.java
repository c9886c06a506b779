package org.spintex.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.spintex.dsl.validation.StackValidator;
import org.spintex.dsl.validation.StudyValidator;

/** A stack of films in one micromagnetic study, and the couplings between them, as the validator sees them. */
class StackValidatorTest {

	private static final String SAF = """
			spintex 3
			material Cobalt { exchange A = 15 pJ/m  saturation Ms = 1400 kA/m  damping alpha = 0.02 }
			device Saf {
				film bottom { material Cobalt  shape box  length 16 nm  width 16 nm  thickness 1 nm  cell 1 nm }
				film top { material Cobalt  shape box  length 16 nm  width 16 nm  thickness 1 nm  elevation 2 nm  cell 1 nm }
				coupling ruthenium between bottom and top { bilinear sigma = -1 mJ/m^2 }
				texture up : uniform { direction (0, 1, 0) }
				texture down : uniform { direction (0, -1, 0) }
				study canting : micromagnetic {
					film bottom
					film top
					initial-state up in bottom
					initial-state down in top
					ground-state minimize
				}
			}
			""";

	private static List<String> errors(String original, String replacement, String code) throws IOException {
		assertTrue(SAF.contains(original), original);
		return DeviceFiles.validate(SAF.replace(original, replacement)).stream().filter(i -> code.equals(i.getCode()))
				.map(Issue::getMessage).toList();
	}

	@Test
	void aSyntheticAntiferromagnetIsValid() throws IOException {
		assertEquals(List.of(), DeviceFiles.validate(SAF));
	}

	@Test
	void overlappingFilmsAreRefused() throws IOException {
		assertEquals(List.of("top (from 0.5 nm) overlaps bottom (up to 1 nm): raise its elevation to at least 1 nm"),
				errors("elevation 2 nm", "elevation 0.5 nm", StackValidator.STACK));
	}

	@Test
	void aSpacerThatIsNoWholeNumberOfCellsIsRefused() throws IOException {
		assertEquals(List.of("the spacer of 0.8 nm between bottom and top is not a whole number of the stack's vertical cell 1 nm; "
				+ "give the films cells along z that divide it (mesh (nx, ny, nz))"),
				errors("elevation 2 nm", "elevation 1.8 nm", StackValidator.STACK));
	}

	@Test
	void filmsOfAStackShareTheirInPlaneMesh() throws IOException {
		assertEquals(List.of("the films of a stack share one in-plane mesh: top is 32 nm × 16 nm in 32 × 16 cells, bottom is "
				+ "16 nm × 16 nm in 16 × 16; give them the same size and cells"),
				errors("length 16 nm  width 16 nm  thickness 1 nm  elevation", "length 32 nm  width 16 nm  thickness 1 nm  elevation",
						StackValidator.STACK));
	}

	@Test
	void aCouplingNeedsASpacer() throws IOException {
		assertEquals(List.of("in study canting bottom and top touch: films that touch are coupled by their exchange A; an interlayer "
				+ "coupling needs a spacer of at least one cell between them"), errors("elevation 2 nm", "elevation 1 nm",
						StackValidator.COUPLING));
	}

	@Test
	void aCouplingOfRegionsStaysInOneFilm() throws IOException {
		assertEquals(List.of("regions core and top lie in different films (bottom, top); a coupling of regions joins two regions "
				+ "of one film, or a region and its film"), errors("coupling ruthenium between bottom and top { bilinear sigma = -1 mJ/m^2 }",
						"region core in bottom { outline disk(4 nm) at (8, 8) nm  damping alpha = 0.1 }\n"
								+ "coupling rim between core and top { exchange-scale 0.5 }", StackValidator.COUPLING));
		assertEquals(List.of("a coupling joins two films of a stack, or two regions of one film; Cobalt and top are neither"),
				errors("between bottom and top", "between Cobalt and top", StackValidator.COUPLING));
	}

	@Test
	void aCouplingNamesTheLowerFilmFirst() throws IOException {
		assertEquals(List.of("write the lower film first: top is not below bottom (compare their elevations)"),
				errors("between bottom and top", "between top and bottom", StackValidator.COUPLING));
	}

	@Test
	void aFilmsInitialStateNamesAFilmOfTheStudy() throws IOException {
		String other = "film side { material Cobalt  shape box  length 16 nm  width 16 nm  thickness 1 nm  cell 1 nm }\n";
		assertEquals(List.of("side is not a film of this study; its films are bottom, top"),
				DeviceFiles.validate(SAF.replace("initial-state down in top", "initial-state down in side")
						.replace("coupling ruthenium", other + "coupling ruthenium")).stream()
						.filter(i -> StackValidator.STACK.equals(i.getCode())).map(Issue::getMessage).toList());
	}

	@Test
	void aFilmIsNamedOnceAndSoIsItsInitialState() throws IOException {
		assertEquals(List.of("initial-state in top is named twice"),
				errors("initial-state down in top", "initial-state down in top\n initial-state up in top", StudyValidator.DUPLICATE_LINK));
		assertEquals(List.of("film is named twice"), errors("film top\n", "film top\n film top\n", StudyValidator.DUPLICATE_LINK));
	}

	@Test
	void onlyAMicromagneticStudyStacksFilms() throws IOException {
		String macrospin = "study sphere : macrospin { film bottom  film top  duration 1 ns }";
		List<String> messages = DeviceFiles.validate(SAF.replace("}\n}\n", "}\n" + macrospin + "\n}\n")).stream()
				.filter(i -> StudyValidator.DUPLICATE_LINK.equals(i.getCode())).map(Issue::getMessage).toList();
		assertEquals(List.of("film is named twice"), messages);
	}
}
