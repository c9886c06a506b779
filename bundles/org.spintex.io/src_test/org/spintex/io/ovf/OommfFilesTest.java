package org.spintex.io.ovf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spintex.core.results.FieldSnapshot;

/**
 * Files written by OOMMF 2.1 itself (testdata/oommf-ovf/, see its README): OVF 1.0 and 2.0 in text, binary 4 and
 * binary 8 all read as the same 8 × 4 × 2 mesh of 5 × 5 × 3 nm cells, with the same vectors, of length Ms = 8e5 A/m
 * (the MIF file's material, which OOMMF's integration keeps), and survive a round trip through Spintex's writer; the
 * irregular-mesh file is refused with the fix.
 */
class OommfFilesTest {

	private static final Path DATA = Path.of("testdata/oommf-ovf");
	private static final double MS = 8e5;

	private static FieldSnapshot read(String name) throws IOException {
		return OvfReader.read(Files.readAllBytes(DATA.resolve(name)));
	}

	@Test
	void everyRectangularFormatReadsTheSameField() throws IOException {
		FieldSnapshot reference = read("ovf2-binary8.omf");
		for (String name : List.of("ovf2-text.omf", "ovf2-binary8.omf", "ovf2-binary4.omf", "ovf1-text.omf", "ovf1-binary8.omf",
				"ovf1-binary4.omf")) {
			FieldSnapshot f = read(name);
			assertEquals(8, f.nx(), name);
			assertEquals(4, f.ny(), name);
			assertEquals(2, f.nz(), name);
			assertEquals(5e-9, f.cellXMetre(), 1e-24, name);
			assertEquals(5e-9, f.cellYMetre(), 1e-24, name);
			assertEquals(3e-9, f.cellZMetre(), 1e-24, name);
			assertEquals(1e-12, f.timeSecond(), 0, name);
			assertEquals("A/m", f.unit(), name);
			assertEquals(3, f.components().length, name);
			// text (%.17g) and binary 8 agree exactly, binary 4 to single precision
			double tolerance = name.contains("binary4") ? MS * 1e-7 : 0;
			for (int d = 0; d < 3; d++) {
				assertArrayEquals(reference.components()[d], f.components()[d], tolerance, name + " component " + d);
			}
			for (int i = 0; i < 64; i++) {
				double length = Math.sqrt(f.components()[0][i] * f.components()[0][i] + f.components()[1][i] * f.components()[1][i]
						+ f.components()[2][i] * f.components()[2][i]);
				assertEquals(MS, length, MS * 1e-6, name + " |M| at point " + i);
			}
		}
	}

	@Test
	void anOommfFieldSurvivesTheRoundTripThroughSpintexsWriter() throws IOException {
		FieldSnapshot original = read("ovf1-binary8.omf");
		for (OvfFormat format : List.of(OvfFormat.BINARY8, OvfFormat.TEXT)) {
			FieldSnapshot back = OvfReader.read(OvfWriter.write(original, format));
			for (int d = 0; d < 3; d++) {
				assertArrayEquals(original.components()[d], back.components()[d], 0, format + " component " + d);
			}
			assertEquals(original.cellZMetre(), back.cellZMetre(), 0);
		}
	}

	@Test
	void anIrregularMeshIsRefusedWithTheFix() {
		OvfException e = assertThrows(OvfException.class, () -> read("ovf2-irregular-text.ovf"));
		assertTrue(e.getMessage().startsWith("the mesh is irregular") && e.getMessage().contains("avf2ovf -grid reg"), e.getMessage());
	}

	@Test
	void aDamagedCheckValueIsReported() throws IOException {
		byte[] bytes = Files.readAllBytes(DATA.resolve("ovf1-binary4.omf"));
		String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
		int data = text.indexOf("# Begin: Data Binary 4") + "# Begin: Data Binary 4\n".length();
		bytes[data] ^= 0x55;
		OvfException e = assertThrows(OvfException.class, () -> OvfReader.read(bytes));
		assertTrue(e.getMessage().startsWith("wrong binary 4 check value"), e.getMessage());
	}
}
