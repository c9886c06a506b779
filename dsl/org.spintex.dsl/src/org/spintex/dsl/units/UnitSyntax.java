package org.spintex.dsl.units;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.measure.MetricPrefix;
import javax.measure.Unit;
import javax.measure.format.MeasurementParseException;
import javax.measure.quantity.Angle;
import javax.measure.quantity.Energy;

import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.unit.Units;

/**
 * Reads the units written in device files with Indriya (JSR 385): SI units with any metric prefix,
 * products, quotients and powers ({@code pJ/m}, {@code mJ/m^2}, {@code kA/m}, {@code A/m^2},
 * {@code kJ/m^3}, {@code MS/m}, {@code km/s}), plus what physicists type on a plain keyboard:
 * {@code u} for micro ({@code um}, {@code uA}), the electronvolt with prefixes ({@code meV}), and
 * {@code Ohm} for the ohm and {@code deg} for the degree of arc.
 */
public final class UnitSyntax {

	/**
	 * Indriya finds its number systems and formats with {@link java.util.ServiceLoader} through the thread's context
	 * class loader; inside OSGi that may be any bundle's (a study kind's, a job's), which does not see Indriya's
	 * {@code META-INF/services}. Its classes are therefore first loaded with Indriya's own loader as the context.
	 */
	private static final boolean INDRIYA_LOADED = loadIndriya();

	/** The electronvolt, exactly e · 1 J since the 2019 SI. */
	public static final Unit<Energy> ELECTRONVOLT = Units.JOULE.multiply(1.602176634e-19);

	/** The degree of arc, for cone and tilt angles; engines receive radians. */
	public static final Unit<Angle> DEGREE = Units.RADIAN.multiply(Math.PI / 180);

	private static final SimpleUnitFormat FORMAT = createFormat();

	/** A unit symbol, possibly prefixed, inside a unit expression. */
	private static final Pattern SYMBOL = Pattern.compile("[A-Za-zµμΩ]+");

	/** Factors with optional integer powers, joined by / or * (Indriya alone is lenient about leftovers). */
	private static final Pattern EXPRESSION = Pattern.compile(
			"[A-Za-zµμΩ]+(\\^-?[0-9]+)?([/*·][A-Za-zµμΩ]+(\\^-?[0-9]+)?)*");

	private UnitSyntax() {
	}

	/**
	 * Sets up the unit system now, on a thread that would otherwise wait — the command line's, while the language's
	 * injector is made on another core: this class's initialisation (Indriya's services and the format) and a first
	 * conversion of each kind of unit a device file writes, whose converters Indriya builds on first use (0.1 s in all).
	 */
	public static void load() {
		for (String unit : new String[] { "nm", "eV", "meV", "mT", "kA/m", "pJ/m", "mJ/m^2", "deg", "ns", "A/m^2", "K" }) {
			toSiFactor(parse(unit));
		}
	}

	private static boolean loadIndriya() {
		Thread thread = Thread.currentThread();
		ClassLoader context = thread.getContextClassLoader();
		thread.setContextClassLoader(Units.class.getClassLoader());
		try {
			return Units.JOULE != null && SimpleUnitFormat.getInstance() != null;
		} finally {
			thread.setContextClassLoader(context);
		}
	}

	private static SimpleUnitFormat createFormat() {
		SimpleUnitFormat format = SimpleUnitFormat.getNewInstance();
		format.label(DEGREE, "deg");
		format.label(ELECTRONVOLT, "eV");
		for (MetricPrefix prefix : MetricPrefix.values()) {
			format.label(ELECTRONVOLT.prefix(prefix), prefix.getSymbol() + "eV");
		}
		return format;
	}

	/**
	 * The unit written as {@code text}.
	 *
	 * @throws IllegalArgumentException with a message for the user when the text is not a unit
	 */
	public static Unit<?> parse(String text) {
		String normalised = normalise(text);
		if (!EXPRESSION.matcher(normalised).matches()) {
			throw unknown(text);
		}
		try {
			return FORMAT.parse(normalised);
		} catch (MeasurementParseException | IllegalArgumentException e) {
			throw unknown(text);
		}
	}

	private static IllegalArgumentException unknown(String text) {
		return new IllegalArgumentException("unknown unit '" + text + "': write SI units with prefixes, "
				+ "e.g. pJ/m, mJ/m^2, kA/m, A/m^2, meV, mT, ns, um");
	}

	/** The factor that converts a value in {@code unit} to the coherent SI unit of its dimension. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static double toSiFactor(Unit<?> unit) {
		return ((Unit) unit).getConverterTo(unit.getSystemUnit()).convert(1.0);
	}

	/** Spells the keyboard-friendly forms the way Indriya reads them. */
	private static String normalise(String text) {
		Matcher m = SYMBOL.matcher(text.replace(" ", ""));
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String symbol = m.group();
			if (symbol.equals("Ohm")) {
				symbol = "Ω";
			} else if (symbol.endsWith("Ohm")) {
				symbol = symbol.substring(0, symbol.length() - 3) + "Ω";
			}
			// micro: 'u' (ASCII) and 'μ' (Greek mu) both mean the micro sign µ
			if (symbol.length() > 1 && (symbol.charAt(0) == 'u' || symbol.charAt(0) == 'μ')) {
				symbol = "µ" + symbol.substring(1);
			}
			m.appendReplacement(out, Matcher.quoteReplacement(symbol));
		}
		m.appendTail(out);
		return out.toString();
	}
}
