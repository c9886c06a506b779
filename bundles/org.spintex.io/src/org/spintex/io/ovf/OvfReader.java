package org.spintex.io.ovf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spintex.core.results.FieldSnapshot;

/**
 * Reads OVF 1.0 and 2.0 files with a rectangular mesh, as OOMMF and MuMax3 write them: binary 4, binary 8 or text
 * data, one segment. OVF 1.0 has no {@code valuedim} (its vectors have three components), names the unit
 * {@code valueunit} and scales the data by {@code valuemultiplier}; binary data is read in the byte order its check
 * value comes out right in (OVF 2.0 prescribes little-endian, OVF 1.0 big-endian, and OOMMF writes little-endian in
 * both). Irregular meshes, several segments and malformed files get an {@link OvfException} that says what is wrong.
 */
public final class OvfReader {

	private static final float CHECK4 = 1234567.0f;
	private static final double CHECK8 = 123456789012345.0;
	private static final Pattern TOTAL_TIME = Pattern.compile("Total simulation time:\\s*([-+0-9.eE]+)");

	private OvfReader() {
	}

	/** The version line decides the dialect. */
	private enum Version {
		OVF1, OVF2;

		static Version of(String firstLine) {
			String line = firstLine.toLowerCase(Locale.ROOT);
			if (line.startsWith("# oommf ovf 2")) {
				return OVF2;
			}
			if (line.startsWith("# oommf: rectangular mesh v1") || line.startsWith("# oommf: irregular mesh v1")) {
				return OVF1;
			}
			throw new OvfException("not an OVF 1.0 or 2.0 file: the first line is '" + firstLine + "'");
		}
	}

	public static FieldSnapshot read(byte[] bytes) {
		int position = 0;
		Map<String, String> header = new HashMap<>();
		StringBuilder description = new StringBuilder();
		String dataFormat = null;
		Version version = null;
		while (position < bytes.length) {
			int end = position;
			while (end < bytes.length && bytes[end] != '\n') {
				end++;
			}
			String line = new String(bytes, position, end - position, StandardCharsets.US_ASCII).trim();
			position = end + 1;
			if (version == null) {
				version = Version.of(line);
				continue;
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
				String key = content.substring(0, colon).trim().toLowerCase(Locale.ROOT);
				String value = content.substring(colon + 1).trim();
				if (key.equals("desc")) {
					description.append(value).append('\n');
				} else {
					header.put(key, value);
				}
			}
		}
		if (version == null) {
			throw new OvfException("the file is empty");
		}
		if (dataFormat == null) {
			throw new OvfException("no '# Begin: Data' line");
		}
		String meshType = header.getOrDefault("meshtype", "");
		if (meshType.equalsIgnoreCase("irregular")) {
			throw new OvfException("the mesh is irregular (a position for every point); Spintex reads rectangular meshes: "
					+ "convert the file with OOMMF's avf2ovf -grid reg");
		}
		if (!meshType.equalsIgnoreCase("rectangular")) {
			throw new OvfException("only rectangular meshes are supported, not '" + meshType + "'");
		}
		if (header.containsKey("segment count") && integer(header, "segment count") != 1) {
			throw new OvfException("the file has " + header.get("segment count") + " segments; Spintex reads files of one");
		}
		int nx = integer(header, "xnodes"), ny = integer(header, "ynodes"), nz = integer(header, "znodes");
		int dim = version == Version.OVF1 ? 3 : integer(header, "valuedim");
		if (dim != 1 && dim != 3) {
			throw new OvfException("valuedim must be 1 or 3, got " + dim);
		}
		if (nx < 1 || ny < 1 || nz < 1 || (long) nx * ny * nz * dim > Integer.MAX_VALUE / 8) {
			throw new OvfException("the mesh of " + nx + " × " + ny + " × " + nz + " nodes is empty or too large");
		}
		double dx = step(header, "xstepsize"), dy = step(header, "ystepsize"), dz = step(header, "zstepsize");
		double multiplier = version == Version.OVF1 && header.containsKey("valuemultiplier") ? real(header, "valuemultiplier") : 1;
		if (!Double.isFinite(multiplier)) {
			throw new OvfException("'valuemultiplier' must be a finite number, got '" + header.get("valuemultiplier") + "'");
		}
		int n = nx * ny * nz;
		OvfFormat format;
		try {
			format = OvfFormat.ofHeader(dataFormat);
		} catch (IllegalArgumentException e) {
			throw new OvfException(e.getMessage() + "; Binary 4, Binary 8 or Text");
		}
		// the header's mesh must fit the bytes that follow it before anything is allocated for it: a damaged
		// node count must not claim gigabytes (a text number takes at least two bytes, "0 ")
		long needed = (long) n * dim * switch (format) {
		case BINARY4 -> 4;
		case BINARY8 -> 8;
		case TEXT -> 2;
		};
		if (needed > bytes.length - (long) position) {
			throw new OvfException("the file ends inside its data block: " + nx + " × " + ny + " × " + nz + " nodes of " + dim
					+ " values need " + needed + " bytes, " + Math.max(0, bytes.length - position) + " found");
		}
		double[][] c = new double[dim][n];
		switch (format) {
		case BINARY4 -> {
			ByteBuffer b = checked(bytes, position, 4 + 4L * n * dim, order -> order.getFloat(0) == CHECK4, "binary 4", CHECK4);
			b.position(b.position() + 4);
			for (int i = 0; i < n; i++) {
				for (int d = 0; d < dim; d++) {
					c[d][i] = multiplier * b.getFloat();
				}
			}
		}
		case BINARY8 -> {
			ByteBuffer b = checked(bytes, position, 8 + 8L * n * dim, order -> order.getDouble(0) == CHECK8, "binary 8", CHECK8);
			b.position(b.position() + 8);
			for (int i = 0; i < n; i++) {
				for (int d = 0; d < dim; d++) {
					c[d][i] = multiplier * b.getDouble();
				}
			}
		}
		case TEXT -> {
			String text = new String(bytes, position, bytes.length - position, StandardCharsets.US_ASCII);
			int endOfData = text.indexOf("# End: Data");
			String data = text.substring(0, endOfData < 0 ? text.length() : endOfData).trim();
			String[] tokens = data.isEmpty() ? new String[0] : data.split("\\s+");
			if (tokens.length < n * dim) {
				throw new OvfException("the text data has " + tokens.length + " numbers, " + n * dim + " expected");
			}
			for (int i = 0; i < n; i++) {
				for (int d = 0; d < dim; d++) {
					try {
						c[d][i] = multiplier * Double.parseDouble(tokens[i * dim + d]);
					} catch (NumberFormatException e) {
						throw new OvfException("the text data has '" + tokens[i * dim + d] + "' where a number belongs (value "
								+ (i * dim + d + 1) + ")");
					}
				}
			}
		}
		}
		for (int d = 0; d < dim; d++) {
			for (int i = 0; i < n; i++) {
				if (!Double.isFinite(c[d][i])) {
					throw new OvfException("value " + (i * dim + d + 1) + " of the data is " + c[d][i]
							+ "; a field file holds finite numbers only (the run that wrote it had broken down)");
				}
			}
		}
		double time = 0;
		Matcher t = TOTAL_TIME.matcher(description);
		if (t.find()) {
			try {
				time = Double.parseDouble(t.group(1));
			} catch (NumberFormatException e) {
				throw new OvfException("the description's 'Total simulation time' is not a number: '" + t.group(1) + "'");
			}
			if (!Double.isFinite(time)) {
				throw new OvfException("the description's 'Total simulation time' is " + time);
			}
		}
		String units = version == Version.OVF1 ? header.getOrDefault("valueunit", "1") : header.getOrDefault("valueunits", "1");
		String unit = units.isBlank() ? "1" : units.split("\\s+")[0];
		return new FieldSnapshot(header.getOrDefault("title", "m"), unit, time, nx, ny, nz, dx, dy, dz, c);
	}

	/** The data block in the byte order whose check value (the block's first number) is right. */
	private static ByteBuffer checked(byte[] bytes, int position, long length, java.util.function.Predicate<ByteBuffer> check,
			String format, double expected) {
		if (position + length > bytes.length) {
			throw new OvfException("the file ends inside its data block: " + length + " bytes expected, " + (bytes.length - position) + " found");
		}
		for (ByteOrder order : new ByteOrder[] { ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN }) {
			ByteBuffer b = ByteBuffer.wrap(bytes, position, (int) length).slice().order(order);
			if (check.test(b)) {
				return b;
			}
		}
		throw new OvfException("wrong " + format + " check value: neither byte order gives " + expected
				+ "; the data block is damaged or not " + format);
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

	/** A cell size: a positive, finite number of metres. */
	private static double step(Map<String, String> header, String key) {
		double step = real(header, key);
		if (!(step > 0) || !Double.isFinite(step)) {
			throw new OvfException("'" + key + "' must be a positive cell size, got '" + header.get(key) + "'"
					+ (step == 0 ? " (MuMax3 before 3.6 wrote 0 there: put the cell size into the header)" : ""));
		}
		return step;
	}

	private static String required(Map<String, String> header, String key) {
		String v = header.get(key);
		if (v == null) {
			throw new OvfException("the header has no '" + key + "'");
		}
		return v;
	}
}
