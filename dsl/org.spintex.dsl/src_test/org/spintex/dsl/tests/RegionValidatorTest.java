package org.spintex.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.spintex.dsl.validation.RegionValidator;
import org.spintex.dsl.validation.SpintexValidator;
import org.spintex.dsl.validation.StackValidator;

/** Regions of a film with composed outlines, and grains, as the validator sees them. */
class RegionValidatorTest {

	private static final String TRACK = """
			spintex 3
			material Cobalt { exchange A = 15 pJ/m  saturation Ms = 1400 kA/m  anisotropy uniaxial K = 0.8 MJ/m^3 along z  damping alpha = 0.1 }
			material Hard { anisotropy uniaxial K = 2 MJ/m^3 along z }
			device Track {
				film track { material Cobalt  shape box  length 200 nm  width 50 nm  thickness 1 nm  cell 1 nm }
				region notch in track {
					outline (disk(10 nm) at (100, 0) nm union box(20 nm, 4 nm) at (100, 10) nm rotated 30 deg) minus disk(2 nm) at (100, 0) nm
					empty
				}
				region pinning in track {
					outline polygon((150, 0) nm, (170, 0) nm, (160, 20) nm)
					material Hard
					damping alpha = 0.3
					exchange-scale 0.5
				}
				grains cobalt in track {
					size 10 nm
					seed 7
					anisotropy-spread 0.05
				}
				region soft-grains in track {
					outline grain(3, 5)
					anisotropy uniaxial K = 0.4 MJ/m^3 along z
				}
				coupling pinning-boundary between track and pinning {
					exchange-scale 0.3
				}
				study relax : micromagnetic { film track  ground-state minimize }
			}
			""";

	private static List<String> errors(String original, String replacement, String code) throws IOException {
		assertTrue(TRACK.contains(original), original);
		return DeviceFiles.validate(TRACK.replace(original, replacement)).stream().filter(i -> code.equals(i.getCode()))
				.map(Issue::getMessage).toList();
	}

	@Test
	void aTrackWithANotchAPinningSiteAndGrainsIsValid() throws IOException {
		assertEquals(List.of(), DeviceFiles.validate(TRACK));
	}

	@Test
	void anUnknownShapeNamesTheShapes() throws IOException {
		assertEquals(List.of("unknown shape 'circle'; the shapes are box(length, width), disk(radius), ellipse(length, width), "
				+ "loop(radius, inner-radius), polygon((x, y), (x, y), (x, y), …), mask(\"file.png\", length, width), grain(number, …)"),
				errors("minus disk(2 nm)", "minus circle(2 nm)", RegionValidator.OUTLINE));
	}

	@Test
	void aShapeTakesItsLengths() throws IOException {
		assertEquals(List.of("box takes 2 lengths: box(length, width)"), errors("box(20 nm, 4 nm)", "box(20 nm)", RegionValidator.OUTLINE));
		assertEquals(List.of("disk's radius must be a positive length, e.g. 20 nm"),
				errors("minus disk(2 nm)", "minus disk(2 T)", RegionValidator.OUTLINE));
		assertEquals(List.of("'rotated' takes an angle, e.g. rotated 30 deg"),
				errors("rotated 30 deg", "rotated 30 nm", RegionValidator.OUTLINE));
		assertEquals(List.of("a polygon needs three or more vertices: polygon((x, y), (x, y), (x, y), …)"),
				errors("polygon((150, 0) nm, (170, 0) nm, (160, 20) nm)", "polygon((150, 0) nm, (170, 0) nm)", RegionValidator.OUTLINE));
	}

	@Test
	void aRegionOutsideItsFilmIsRefused() throws IOException {
		assertEquals(List.of("region pinning covers no cell of film track (200 × 50 nm): a cell is the region's when its centre "
				+ "lies inside the outline, and 'at' is measured from the film's south-west corner"),
				errors("polygon((150, 0) nm, (170, 0) nm, (160, 20) nm)", "polygon((250, 0) nm, (270, 0) nm, (260, 20) nm)",
						RegionValidator.REGION));
	}

	@Test
	void aFilmsDmiHasOneClass() throws IOException {
		String chiral = TRACK.replace("damping alpha = 0.1 }", "damping alpha = 0.1  dmi interfacial D = 3 mJ/m^2 }");
		assertEquals(List.of(), DeviceFiles.validate(chiral.replace("exchange-scale 0.5", "dmi interfacial D = 2 mJ/m^2")).stream()
				.filter(i -> RegionValidator.REGION.equals(i.getCode())).toList());
		assertEquals(List.of("region pinning has bulk DMI in a film of interfacial DMI; a film's DMI has one class: its regions may "
				+ "change D, not the class"), DeviceFiles.validate(chiral.replace("exchange-scale 0.5", "dmi bulk D = 2 mJ/m^2"))
				.stream().filter(i -> RegionValidator.REGION.equals(i.getCode())).map(Issue::getMessage).toList());
	}

	@Test
	void aRegionOfGrainsNamesGrainsOfItsFilm() throws IOException {
		// 200 × 50 nm in grains of 10 nm: 100 grains
		assertEquals(List.of("film track: the film has grains 1 to 100, not 101"),
				errors("grain(3, 5)", "grain(3, 101)", RegionValidator.OUTLINE));
		assertEquals(List.of("a grain is named by its number, a whole number without unit (the regions table calls grain 7 "
				+ "track.grain-7)"), errors("grain(3, 5)", "grain(3, 5.5)", RegionValidator.OUTLINE));
		String noGrains = TRACK.substring(0, TRACK.indexOf("grains cobalt")) + TRACK.substring(TRACK.indexOf("region soft"));
		assertEquals(List.of("film track has no grains to choose from: add 'grains NAME in track { size 20 nm  seed 1 }'"),
				DeviceFiles.validate(noGrains).stream().filter(i -> RegionValidator.OUTLINE.equals(i.getCode())).map(Issue::getMessage)
						.toList());
	}

	@Test
	void aCouplingOfRegionsScalesTheirExchange() throws IOException {
		assertEquals(List.of("region notch is empty: it has no cells whose exchange could be scaled"),
				errors("between track and pinning", "between notch and pinning", StackValidator.COUPLING));
		assertEquals(List.of("a coupling joins two different parts, not pinning with itself"),
				errors("between track and pinning", "between pinning and pinning", StackValidator.COUPLING));
		// the coupling of regions has its own properties: no surface energies, and its factor is required
		List<String> messages = DeviceFiles.validate(TRACK.replace("exchange-scale 0.3", "bilinear sigma = -1 mJ/m^2")).stream()
				.map(Issue::getMessage).toList();
		assertTrue(messages.stream().anyMatch(m -> m.contains("bilinear")), messages.toString());
		assertTrue(messages.stream().anyMatch(m -> m.contains("exchange-scale")), messages.toString());
	}

	@Test
	void anEmptyRegionHasNoMaterial() throws IOException {
		assertEquals(List.of("an empty region has no material: remove its 'material' and properties, or 'empty'"),
				errors("empty\n", "empty\n damping alpha = 0.2\n", RegionValidator.REGION));
	}

	@Test
	void grainsAreOncePerFilmAndLargerThanACell() throws IOException {
		assertEquals(List.of("grains of 1.5 nm on cells of 1 nm: a grain spans fewer than two cells, so the mesh cannot resolve "
				+ "its shape; use grains of at least 2 nm or smaller cells"), errors("size 10 nm", "size 1.5 nm", RegionValidator.GRAINS));
		assertEquals(List.of("film track already has its grains (cobalt); a film has one tessellation"),
				errors("study relax", "grains more in track { size 12 nm }\n study relax", RegionValidator.GRAINS));
	}

	@Test
	void aPropertysVectorHasThreeComponents() throws IOException {
		String text = TRACK.replace("study relax : micromagnetic { film track  ground-state minimize }",
				"texture t : uniform { direction (0, 1) }\n study relax : micromagnetic { film track  initial-state t  ground-state minimize }");
		assertEquals(List.of("(0, 1) needs three components (x, y, z)"), DeviceFiles.validate(text).stream()
				.filter(i -> SpintexValidator.OUT_OF_RANGE.equals(i.getCode())).map(Issue::getMessage).toList());
	}
}
