package org.spintex.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spintex.core.geometry.PlaneShape;
import org.spintex.dsl.catalog.Outlines;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Region;
import org.spintex.dsl.validation.RegionValidator;

/** A region's outline from a picture: its dark pixels, or those of one colour; a picture that cannot be read is refused. */
class MaskOutlineTest {

	@TempDir
	Path folder;

	private static final String DEVICE = """
			spintex 3
			material Py { exchange A = 13 pJ/m  saturation Ms = 800 kA/m  damping alpha = 0.02 }
			device Track {
				film track { material Py  shape box  length 40 nm  width 20 nm  thickness 1 nm  cell 1 nm }
				region notch in track {
					outline MASK at (20, 10) nm
					empty
				}
				study relax : micromagnetic { film track  ground-state minimize }
			}
			""";

	/** A 4 × 2 picture: black, white, yellow, black on top; white, black, yellow, transparent below. */
	private Path picture() throws IOException {
		BufferedImage image = new BufferedImage(4, 2, BufferedImage.TYPE_INT_ARGB);
		int black = 0xFF000000, white = 0xFFFFFFFF, yellow = 0xFFFFFF00;
		int[][] rows = { { black, white, yellow, black }, { white, black, yellow, 0x00000000 } };
		for (int j = 0; j < 2; j++) {
			for (int i = 0; i < 4; i++) {
				image.setRGB(i, j, rows[j][i]);
			}
		}
		Path file = folder.resolve("notch.png");
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

	private static PlaneShape.Bitmap shape(String text) throws IOException {
		Device device = (Device) DeviceFiles.parse(text).getElements().get(1);
		Region region = (Region) device.getParts().get(1);
		PlaneShape shape = Outlines.read(region.getOutline()).shape().orElseThrow();
		return (PlaneShape.Bitmap) ((PlaneShape.Placed) shape).shape();
	}

	@Test
	void theDarkPixelsOrThoseOfAColourAreTheShape() throws IOException {
		String file = picture().toString().replace("\\", "/");
		String dark = DEVICE.replace("MASK", "mask(\"" + file + "\", 40 nm, 20 nm)");
		assertEquals(List.of(), DeviceFiles.validate(dark));
		PlaneShape.Bitmap mask = shape(dark);
		assertEquals(4, mask.columns());
		boolean[][] expected = { { true, false, false, true }, { false, true, false, false } };
		for (int j = 0; j < 2; j++) {
			for (int i = 0; i < 4; i++) {
				assertEquals(expected[j][i], mask.pixel(i, j), "dark pixel (" + i + ", " + j + ")");
			}
		}
		// the picture spans 40 × 20 nm about its centre: the top-left pixel covers x < -10 nm, y > 0
		assertTrue(mask.contains(-15e-9, 5e-9));
		assertFalse(mask.contains(-5e-9, 5e-9));
		// yellow is light (luminance 0.93): not dark, but chosen by its colour
		PlaneShape.Bitmap yellows = shape(DEVICE.replace("MASK", "mask(\"" + file + "\", 40 nm, 20 nm, \"#ffff00\")"));
		assertTrue(yellows.pixel(2, 0) && yellows.pixel(2, 1) && !yellows.pixel(0, 0), "the yellow column");
	}

	@Test
	void aPictureThatCannotBeReadIsRefused() throws IOException {
		Path missing = folder.resolve("missing.png");
		List<String> errors = DeviceFiles.validate(DEVICE.replace("MASK", "mask(\"" + missing.toString().replace("\\", "/")
				+ "\", 40 nm, 20 nm)")).stream().filter(i -> RegionValidator.OUTLINE.equals(i.getCode())).map(Issue::getMessage)
				.toList();
		assertEquals(List.of("cannot read the mask " + missing + " as a picture (PNG, GIF, BMP or JPEG)"), errors);
		Path text = Files.writeString(folder.resolve("notes.png"), "not a picture");
		assertEquals(1, DeviceFiles.validate(DEVICE.replace("MASK", "mask(\"" + text.toString().replace("\\", "/")
				+ "\", 40 nm, 20 nm)")).stream().filter(i -> RegionValidator.OUTLINE.equals(i.getCode())).count());
	}
}
