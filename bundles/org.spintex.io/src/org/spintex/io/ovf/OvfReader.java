package org.spintex.io.ovf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.spintex.core.results.FieldSnapshot;

/**
 * Reads OVF 2.0 files with a rectangular mesh as MuMax3 and OOMMF write them (binary 4, binary 8 or
 * text data; one segment). Malformed files get an {@link OvfException} that says what is wrong.
 */
public final class OvfReader {

	private OvfReader() {
	}

	public static FieldSnapshot read(byte[] bytes) {
		int position = 0;
		Map<String, String> header = new HashMap<>();
		String dataFormat = null;
		while (position < bytes.length) {
			int end = position;
			while (end < bytes.length && bytes[end] != '\n') {
				end++;
			}
			String line = new String(bytes, position, end - position, StandardCharsets.US_ASCII).trim();
			position = end + 1;
			if (position == 1 && !line.toLowerCase(Locale.ROOT).startsWith("# oommf ovf 2")) {
				throw new OvfException("not an OVF 2.0 file: the first line is '" + line + "'");
			}
			if (!line.startsWith("#")) {
				continue;
			}
			String content = line.substring(1).trim();
			if (content.regionMatches(true, 0, "Begin: Data", 0, 11)) {
				dataFormat = content.substring(11).trim();
				break;
			}
			int colon = content.indexOf(':');
			if (colon > 0) {
				header.put(content.substring(0, colon).trim().toLowerCase(Locale.ROOT), content.substring(colon + 1).trim());
			}
		}
		if (dataFormat == null) {
			throw new OvfException("no '# Begin: Data' line");
		}
		if (!"rectangular".equalsIgnoreCase(header.getOrDefault("meshtype", ""))) {
			throw new OvfException("only rectangular meshes are supported, not '" + header.get("meshtype") + "'");
		}
		int nx = integer(header, "xnodes"), ny = integer(header, "ynodes"), nz = integer(header, "znodes");
		int dim = integer(header, "valuedim");
		if (dim != 1 && dim != 3) {
			throw new OvfException("valuedim must be 1 or 3, got " + dim);
		}
		double dx = real(header, "xstepsize"), dy = real(header, "ystepsize"), dz = real(header, "zstepsize");
		int n = nx * ny * nz;
		double[][] c = new double[dim][n];
		OvfFormat format = OvfFormat.ofHeader(dataFormat);
		switch (format) {
		case BINARY4 -> {
			ByteBuffer b = buffer(bytes, position, 4 * (1 + n * dim));
			float check = b.getFloat();
			if (check != 1234567.0f) {
				throw new OvfException("wrong binary 4 check value " + check + " (expected 1234567.0): not little-endian OVF 2.0?");
			}
			for (int i = 0; i < n; i++) {
				for (int d = 0; d < dim; d++) {
					c[d][i] = b.getFloat();
				}
			}
		}
		case BINARY8 -> {
			ByteBuffer b = buffer(bytes, position, 8 * (1 + n * dim));
			double check = b.getDouble();
			if (check != 123456789012345.0) {
				throw new OvfException("wrong binary 8 check value " + check + " (expected 123456789012345.0)");
			}
			for (int i = 0; i < n; i++) {
				for (int d = 0; d < dim; d++) {
					c[d][i] = b.getDouble();
				}
			}
		}
		case TEXT -> {
			String text = new String(bytes, position, bytes.length - position, StandardCharsets.US_ASCII);
			String[] tokens = text.substring(0, Math.max(0, text.indexOf("# End: Data") < 0 ? text.length() : text.indexOf("# End: Data")))
					.trim().split("\\s+");
			if (tokens.length < n * dim) {
				throw new OvfException("the text data has " + tokens.length + " numbers, " + n * dim + " expected");
			}
			for (int i = 0; i < n; i++) {
				for (int d = 0; d < dim; d++) {
					c[d][i] = Double.parseDouble(tokens[i * dim + d]);
				}
			}
		}
		}
		double time = 0;
		String desc = header.getOrDefault("desc", "");
		java.util.regex.Matcher t = java.util.regex.Pattern.compile("Total simulation time:\\s*([-+0-9.eE]+)").matcher(desc);
		if (t.find()) {
			time = Double.parseDouble(t.group(1));
		}
		String unit = header.getOrDefault("valueunits", "1").split("\\s+")[0];
		return new FieldSnapshot(header.getOrDefault("title", "m"), unit, time, nx, ny, nz, dx, dy, dz, c);
	}

	private static ByteBuffer buffer(byte[] bytes, int position, int length) {
		if (position + length > bytes.length) {
			throw new OvfException("the file ends inside its data block: " + length + " bytes expected, " + (bytes.length - position) + " found");
		}
		return ByteBuffer.wrap(bytes, position, length).order(ByteOrder.LITTLE_ENDIAN);
	}

	private static int integer(Map<String, String> header, String key) {
		try {
			return Integer.parseInt(required(header, key));
		} catch (NumberFormatException e) {
			throw new OvfException("'" + key + "' must be an integer, got '" + header.get(key) + "'");
		}
	}

	private static double real(Map<String, String> header, String key) {
		try {
			return Double.parseDouble(required(header, key));
		} catch (NumberFormatException e) {
			throw new OvfException("'" + key + "' must be a number, got '" + header.get(key) + "'");
		}
	}

	private static String required(Map<String, String> header, String key) {
		String v = header.get(key);
		if (v == null) {
			throw new OvfException("the header has no '" + key + "'");
		}
		return v;
	}
}
