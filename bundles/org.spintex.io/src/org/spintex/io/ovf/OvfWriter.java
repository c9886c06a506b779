package org.spintex.io.ovf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.spintex.core.results.FieldSnapshot;

/**
 * Writes OVF 2.0 (OOMMF Vector Field) files, the format MuMax3 and OOMMF write and read: a text
 * header with the rectangular mesh, then the values cell by cell (x fastest), each cell's components
 * together, in little-endian binary after the check value (1234567.0 for 4 bytes,
 * 123456789012345.0 for 8) or as text. See the OOMMF user guide, "OVF 2.0 format".
 */
public final class OvfWriter {

	private OvfWriter() {
	}

	/** The whole file as bytes; the caller writes it atomically. */
	public static byte[] write(FieldSnapshot field, OvfFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String[] labels = field.valueDimension() == 3
				? new String[] { field.quantity() + "_x", field.quantity() + "_y", field.quantity() + "_z" }
				: new String[] { field.quantity() };
		StringBuilder h = new StringBuilder();
		h.append("# OOMMF OVF 2.0\n# Segment count: 1\n# Begin: Segment\n# Begin: Header\n");
		line(h, "Title", field.quantity());
		line(h, "meshtype", "rectangular");
		line(h, "meshunit", "m");
		line(h, "xmin", number(0));
		line(h, "ymin", number(0));
		line(h, "zmin", number(0));
		line(h, "xmax", number(field.nx() * field.cellXMetre()));
		line(h, "ymax", number(field.ny() * field.cellYMetre()));
		line(h, "zmax", number(field.nz() * field.cellZMetre()));
		line(h, "valuedim", Integer.toString(field.valueDimension()));
		line(h, "valuelabels", String.join(" ", labels));
		line(h, "valueunits", (field.unit() + " ").repeat(field.valueDimension()).trim());
		line(h, "Desc", "Total simulation time:  " + number(field.timeSecond()) + "  s");
		line(h, "xbase", number(field.cellXMetre() / 2));
		line(h, "ybase", number(field.cellYMetre() / 2));
		line(h, "zbase", number(field.cellZMetre() / 2));
		line(h, "xnodes", Integer.toString(field.nx()));
		line(h, "ynodes", Integer.toString(field.ny()));
		line(h, "znodes", Integer.toString(field.nz()));
		line(h, "xstepsize", number(field.cellXMetre()));
		line(h, "ystepsize", number(field.cellYMetre()));
		line(h, "zstepsize", number(field.cellZMetre()));
		h.append("# End: Header\n# Begin: Data ").append(format.header()).append('\n');
		out.writeBytes(h.toString().getBytes(StandardCharsets.US_ASCII));
		double[][] c = field.components();
		int n = field.cellCount();
		int dim = field.valueDimension();
		switch (format) {
		case BINARY4 -> {
			ByteBuffer b = ByteBuffer.allocate(4 * (1 + n * dim)).order(ByteOrder.LITTLE_ENDIAN);
			b.putFloat(1234567.0f);
			for (int i = 0; i < n; i++) {
				for (int d = 0; d < dim; d++) {
					b.putFloat((float) c[d][i]);
				}
			}
			out.writeBytes(b.array());
			out.writeBytes("\n".getBytes(StandardCharsets.US_ASCII));
		}
		case BINARY8 -> {
			ByteBuffer b = ByteBuffer.allocate(8 * (1 + n * dim)).order(ByteOrder.LITTLE_ENDIAN);
			b.putDouble(123456789012345.0);
			for (int i = 0; i < n; i++) {
				for (int d = 0; d < dim; d++) {
					b.putDouble(c[d][i]);
				}
			}
			out.writeBytes(b.array());
			out.writeBytes("\n".getBytes(StandardCharsets.US_ASCII));
		}
		case TEXT -> {
			StringBuilder t = new StringBuilder();
			for (int i = 0; i < n; i++) {
				for (int d = 0; d < dim; d++) {
					t.append(d == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.17g", c[d][i]));
				}
				t.append('\n');
			}
			out.writeBytes(t.toString().getBytes(StandardCharsets.US_ASCII));
		}
		}
		String end = "# End: Data " + format.header() + "\n# End: Segment\n";
		out.writeBytes(end.getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	private static void line(StringBuilder h, String key, String value) {
		h.append("# ").append(key).append(": ").append(value).append('\n');
	}

	private static String number(double v) {
		// shortest representation that reads back to the same double
		return Double.toString(v).replace('E', 'e');
	}
}
