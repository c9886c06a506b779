package org.spintex.io.ovf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.spintex.core.results.FieldSnapshot;

class OvfTest {

	private static FieldSnapshot field() {
		int nx = 5, ny = 3, nz = 2, n = nx * ny * nz;
		double[][] c = new double[3][n];
		for (int i = 0; i < n; i++) {
			c[0][i] = Math.cos(0.3 * i);
			c[1][i] = Math.sin(0.3 * i) / 3;
			c[2][i] = -1e-3 * i;
		}
		return new FieldSnapshot("m", "1", 1.25e-9, nx, ny, nz, 2e-9, 3e-9, 1.5e-9, c);
	}

	@Test
	void everyFormatReadsBackWhatWasWritten() {
		FieldSnapshot f = field();
		for (OvfFormat format : OvfFormat.values()) {
			FieldSnapshot back = OvfReader.read(OvfWriter.write(f, format));
			assertEquals(5, back.nx());
			assertEquals(3, back.ny());
			assertEquals(2, back.nz());
			assertEquals(3e-9, back.cellYMetre(), 0);
			assertEquals(1.25e-9, back.timeSecond(), 0);
			double tolerance = format == OvfFormat.BINARY4 ? 1e-7 : 0;
			for (int d = 0; d < 3; d++) {
				assertArrayEquals(f.components()[d], back.components()[d], tolerance, format + " component " + d);
			}
		}
	}

	@Test
	void binary4HasTheLayoutMumaxAndOommfRead() {
		byte[] bytes = OvfWriter.write(field(), OvfFormat.BINARY4);
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		assertTrue(text.startsWith("# OOMMF OVF 2.0\n# Segment count: 1\n# Begin: Segment\n# Begin: Header\n"));
		for (String key : new String[] { "# meshtype: rectangular\n", "# meshunit: m\n", "# valuedim: 3\n", "# xnodes: 5\n",
				"# znodes: 2\n", "# xstepsize: 2.0e-9\n", "# xbase: 1.0e-9\n" }) {
			assertTrue(text.contains(key), key);
		}
		int data = text.indexOf("# Begin: Data Binary 4\n") + "# Begin: Data Binary 4\n".length();
		ByteBuffer b = ByteBuffer.wrap(bytes, data, 8).order(ByteOrder.LITTLE_ENDIAN);
		assertEquals(1234567.0f, b.getFloat());
		assertEquals((float) Math.cos(0), b.getFloat(), "the first cell's x component follows the check value");
		assertTrue(text.endsWith("\n# End: Data Binary 4\n# End: Segment\n"));
		assertEquals(data + 4 * (1 + 3 * 30) + 1, text.indexOf("# End: Data Binary 4"));
	}

	@Test
	void readsAHandWrittenMumaxStyleTextFile() {
		String file = """
				# OOMMF OVF 2.0
				# Segment count: 1
				# Begin: Segment
				# Begin: Header
				# Title: m
				# meshtype: rectangular
				# meshunit: m
				# xmin: 0
				# ymin: 0
				# zmin: 0
				# xmax: 4e-09
				# ymax: 2e-09
				# zmax: 1e-09
				# valuedim: 3
				# valuelabels: m_x m_y m_z
				# valueunits: 1 1 1
				# Desc: Total simulation time:  5e-10  s
				# xbase: 1e-09
				# ybase: 1e-09
				# zbase: 5e-10
				# xnodes: 2
				# ynodes: 1
				# znodes: 1
				# xstepsize: 2e-09
				# ystepsize: 2e-09
				# zstepsize: 1e-09
				# End: Header
				# Begin: Data Text
				1 0 0
				0 0.6 0.8
				# End: Data Text
				# End: Segment
				""";
		FieldSnapshot f = OvfReader.read(file.getBytes(StandardCharsets.US_ASCII));
		assertEquals(2, f.nx());
		assertEquals(5e-10, f.timeSecond(), 0);
		assertEquals(0.8, f.components()[2][1], 0);
	}

	@Test
	void aTruncatedFileIsReportedNotMisread() {
		byte[] bytes = OvfWriter.write(field(), OvfFormat.BINARY8);
		byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 100);
		OvfException e = assertThrows(OvfException.class, () -> OvfReader.read(cut));
		assertTrue(e.getMessage().contains("ends inside its data block"), e.getMessage());
		assertThrows(OvfException.class, () -> OvfReader.read("hello\n".getBytes(StandardCharsets.US_ASCII)));
	}
}
