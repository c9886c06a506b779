package org.spintex.io.ovf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.spintex.core.results.FieldSnapshot;

/**
 * Files written by MuMax3 (testdata/mumax3-ovf/, see its README for where they come from): the SP4 strip's
 * uniform (1, 0.1, 0)/‖·‖ state in binary 4 and a text file, read with their meshes, times and values, and
 * a round trip through Spintex's writer.
 */
class MumaxFilesTest {

	private static final Path DATA = Path.of("testdata/mumax3-ovf");
	/** (1, 0.1, 0) normalised: 1/√1.01 and 0.1/√1.01. */
	private static final double MX = 1 / Math.sqrt(1.01);
	private static final double MY = 0.1 / Math.sqrt(1.01);

	private static FieldSnapshot read(String name) throws IOException {
		return OvfReader.read(Files.readAllBytes(DATA.resolve(name)));
	}

	@Test
	void binary4FromMumaxIsTheSp4StripInItsUniformState() throws IOException {
		FieldSnapshot m = read("mumax-bin4-linux.ovf");
		assertEquals(128, m.nx());
		assertEquals(32, m.ny());
		assertEquals(1, m.nz());
		assertEquals(500e-9 / 128, m.cellXMetre(), 1e-22);
		assertEquals(125e-9 / 32, m.cellYMetre(), 1e-22);
		assertEquals(3e-9, m.cellZMetre(), 1e-22);
		assertEquals(0, m.timeSecond(), 0);
		assertEquals("1", m.unit());
		assertUniform(m, 4096, 1e-7); // single precision
	}

	@Test
	void textFromMumaxReadsWithItsTrailingBlanks() throws IOException {
		FieldSnapshot m = read("mumax-txt-linux.ovf");
		assertEquals(24, m.nx());
		assertEquals(12, m.ny());
		assertEquals(4, m.nz());
		assertEquals(2.5e-9, m.cellXMetre(), 1e-22);
		assertEquals(2.5e-9, m.cellZMetre(), 1e-22);
		assertEquals("A/m", m.unit());
		assertUniform(m, 1152, 1e-7); // seven digits in the file
	}

	@Test
	void aMumaxFieldSurvivesTheRoundTripThroughSpintexsWriter() throws IOException {
		FieldSnapshot original = read("mumax-bin4-linux.ovf");
		for (OvfFormat format : OvfFormat.values()) {
			FieldSnapshot back = OvfReader.read(OvfWriter.write(original, format));
			for (int d = 0; d < 3; d++) {
				// binary 4 data are floats: every format holds them exactly
				assertArrayEquals(original.components()[d], back.components()[d], 0, format + " component " + d);
			}
			assertEquals(original.cellXMetre(), back.cellXMetre(), 0, format.toString());
		}
	}

	private static void assertUniform(FieldSnapshot m, int cells, double tolerance) {
		assertEquals(cells, m.components()[0].length);
		for (int i = 0; i < cells; i++) {
			assertEquals(MX, m.components()[0][i], tolerance, "m_x of cell " + i);
			assertEquals(MY, m.components()[1][i], tolerance, "m_y of cell " + i);
			assertEquals(0, m.components()[2][i], 0, "m_z of cell " + i);
		}
	}
}
