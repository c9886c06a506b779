package org.spintex.io.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.spintex.core.results.FieldSnapshot;
import org.spintex.io.ovf.OvfException;
import org.spintex.io.ovf.OvfFormat;
import org.spintex.io.ovf.OvfReader;
import org.spintex.io.ovf.OvfWriter;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzed field files (README, "Reliability"): files written by OOMMF 2.1, MuMax3 and Spintex, cut short, with
 * bytes overwritten, header values replaced (zero, negative, huge or unreadable mesh sizes and steps), NaN and
 * infinite data, and megabyte-long header lines. The reader either returns a field whose every number is finite
 * and whose mesh matches its data, or refuses with an {@link OvfException} that says why — never another
 * exception, never an out-of-memory error (the tests run in 1 GB).
 */
class OvfFuzzTest {

	private static final List<Seed> SEEDS = seeds();
	private static final AtomicLong CASES = new AtomicLong();
	private static final AtomicLong READ = new AtomicLong();

	@Property(seed = "20261201", shrinking = ShrinkingMode.BOUNDED)
	void aDamagedFileReadsAsAFiniteFieldOrIsRefusedWithTheReason(@ForAll("damaged") Damaged file) {
		CASES.incrementAndGet();
		FieldSnapshot field;
		try {
			field = OvfReader.read(file.bytes());
		} catch (OvfException refused) {
			assertFalse(refused.getMessage() == null || refused.getMessage().isBlank(), "a refusal says why");
			return;
		} catch (RuntimeException | OutOfMemoryError e) {
			throw new AssertionError("the reader failed on " + file, e);
		}
		READ.incrementAndGet();
		int n = field.nx() * field.ny() * field.nz();
		assertTrue(field.nx() >= 1 && field.ny() >= 1 && field.nz() >= 1, file.toString());
		for (double[] component : field.components()) {
			assertEquals(n, component.length, file.toString());
			assertTrue(Arrays.stream(component).allMatch(Double::isFinite), "non-finite data read from " + file);
		}
		for (double step : new double[] { field.cellXMetre(), field.cellYMetre(), field.cellZMetre() }) {
			assertTrue(Double.isFinite(step) && step > 0, "cell size " + step + " read from " + file);
		}
		assertTrue(Double.isFinite(field.timeSecond()), file.toString());
	}

	@AfterContainer
	static void report() {
		System.out.printf("OVF fuzzing: %d damaged files, %d still read as a valid field, the rest refused with a reason%n",
				CASES.get(), READ.get());
	}

	/** A valid file and its name. */
	private record Seed(String name, byte[] bytes) {
	}

	/** A damaged file: the seed's name, what was done to it, its bytes. */
	record Damaged(String seed, List<Damage> damages, byte[] bytes) {
		@Override
		public String toString() {
			return seed + " " + damages;
		}
	}

	/** One damage; positions are fractions of the file so that shrinking keeps their meaning. */
	record Damage(Kind kind, double at, String value, int count) {
		enum Kind {
			TRUNCATE, OVERWRITE_BYTES, HEADER_VALUE, NON_FINITE_DATA, LONG_HEADER_LINE, DELETE_LINE
		}

		byte[] applyTo(byte[] bytes) {
			return switch (kind) {
			case TRUNCATE -> Arrays.copyOf(bytes, (int) (at * bytes.length));
			case OVERWRITE_BYTES -> {
				byte[] copy = bytes.clone();
				for (int k = 0; k < count && copy.length > 0; k++) {
					copy[(int) ((at + k * 0.618034) % 1 * copy.length)] = (byte) (value.hashCode() + 31 * k);
				}
				yield copy;
			}
			case HEADER_VALUE -> headerValue(bytes);
			case NON_FINITE_DATA -> nonFinite(bytes);
			case LONG_HEADER_LINE -> {
				String text = latin1(bytes);
				int line = text.indexOf('\n') + 1;
				yield (text.substring(0, line) + "# Desc: " + "x".repeat(count * 1 << 20) + "\n" + text.substring(line))
						.getBytes(StandardCharsets.ISO_8859_1);
			}
			case DELETE_LINE -> {
				List<String> lines = new ArrayList<>(List.of(latin1(bytes).split("\n", -1)));
				int header = Math.max(1, (int) lines.stream().takeWhile(l -> !l.startsWith("# Begin: Data")).count());
				lines.remove((int) (at * header));
				yield String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
			}
			};
		}

		/** The value of one header key replaced by {@code value}. */
		private byte[] headerValue(byte[] bytes) {
			String text = latin1(bytes);
			String[] keys = { "xnodes", "ynodes", "znodes", "valuedim", "xstepsize", "ystepsize", "zstepsize", "meshtype",
					"Begin: Data", "Segment count", "valuemultiplier", "Desc: Total simulation time" };
			String key = "# " + keys[(int) (at * keys.length)] + ":";
			int start = text.indexOf(key.replace("Begin: Data:", "Begin: Data"));
			if (start < 0) {
				return bytes;
			}
			int valueStart = start + key.length() - (key.startsWith("# Begin: Data") ? 1 : 0);
			int newline = text.indexOf('\n', valueStart);
			int end = newline < 0 ? text.length() : newline; // a file cut short inside this line
			return (text.substring(0, valueStart) + " " + value + text.substring(end)).getBytes(StandardCharsets.ISO_8859_1);
		}

		/** A NaN or an infinity written into the data block, in its own format. */
		private byte[] nonFinite(byte[] bytes) {
			String text = latin1(bytes);
			int begin = text.indexOf("# Begin: Data");
			if (begin < 0) {
				return bytes;
			}
			int data = text.indexOf('\n', begin) + 1;
			if (data == 0) {
				return bytes; // cut short on the "# Begin: Data" line itself
			}
			String format = text.substring(begin, data).toLowerCase(java.util.Locale.ROOT);
			int end = text.indexOf("# End: Data", data);
			if (end < 0 || end <= data) {
				return bytes;
			}
			double bad = value.startsWith("-") ? Double.NEGATIVE_INFINITY : value.equals("inf") ? Double.POSITIVE_INFINITY : Double.NaN;
			if (format.contains("text")) {
				String[] numbers = text.substring(data, end).trim().split("\\s+");
				numbers[(int) (at * numbers.length)] = value;
				return (text.substring(0, data) + String.join(" ", numbers) + "\n" + text.substring(end))
						.getBytes(StandardCharsets.ISO_8859_1);
			}
			int width = format.contains("8") ? 8 : 4;
			int values = (end - data) / width - 1;
			if (values < 1) {
				return bytes;
			}
			int at = data + width * (1 + (int) (this.at * values));
			java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes.clone()).order(java.nio.ByteOrder.LITTLE_ENDIAN);
			if (width == 8) {
				b.putDouble(at, bad);
			} else {
				b.putFloat(at, (float) bad);
			}
			return b.array();
		}
	}

	@Provide
	Arbitrary<Damaged> damaged() {
		Arbitrary<Damage> damage = Combinators.combine(Arbitraries.of(Damage.Kind.class), Arbitraries.doubles().between(0, 0.999999).ofScale(6),
				Arbitraries.of("0", "-1", "1", "3", "2147483647", "100000", "65536", "1e9", "NaN", "nan", "-inf", "inf",
						"Infinity", "", "abc", "1.5", "-1e-9", "1e308", "Binary 4", "Binary 8", "Text", "binary 2", "irregular"),
				Arbitraries.integers().between(1, 8))
				.as(Damage::new);
		return Combinators.combine(Arbitraries.of(SEEDS), damage.list().ofMinSize(1).ofMaxSize(3)).as((seed, damages) -> {
			byte[] bytes = seed.bytes();
			for (Damage d : damages) {
				bytes = d.applyTo(bytes);
			}
			return new Damaged(seed.name(), damages, bytes);
		});
	}

	/** OOMMF's and MuMax3's files from testdata/, and Spintex's own in each format. */
	private static List<Seed> seeds() {
		List<Seed> seeds = new ArrayList<>();
		for (String folder : List.of("testdata/oommf-ovf", "testdata/mumax3-ovf")) {
			try (var files = Files.list(Path.of(folder))) {
				for (Path p : files.filter(f -> f.toString().matches(".*\\.(omf|ovf)$")).sorted().toList()) {
					seeds.add(new Seed(p.getFileName().toString(), Files.readAllBytes(p)));
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		double[][] m = new double[3][4 * 3 * 2];
		for (int i = 0; i < m[0].length; i++) {
			double phi = 0.3 * i;
			m[0][i] = Math.cos(phi);
			m[1][i] = Math.sin(phi);
		}
		FieldSnapshot field = new FieldSnapshot("m", "1", 1e-12, 4, 3, 2, 2e-9, 2e-9, 1e-9, m);
		for (OvfFormat format : OvfFormat.values()) {
			seeds.add(new Seed("spintex-" + format, OvfWriter.write(field, format)));
		}
		assertTrue(seeds.size() >= 10, seeds.toString());
		return seeds;
	}

	private static String latin1(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}
}
