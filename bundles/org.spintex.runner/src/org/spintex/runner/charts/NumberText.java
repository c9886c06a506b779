package org.spintex.runner.charts;

import java.util.Locale;

/** Numbers as people read them in labels and tables: four significant digits, no trailing zeros. */
public final class NumberText {

	private NumberText() {
	}

	/** "1000", "0.25", "6.61e-05"; trailing zeros go only after a decimal point. */
	public static String compact(double value) {
		return strip(String.format(Locale.ROOT, "%.4g", value));
	}

	/** As {@link #compact} with the sign always shown: "+0", "-2.5e+07". */
	public static String signed(double value) {
		return strip(String.format(Locale.ROOT, "%+.4g", value));
	}

	private static String strip(String text) {
		return text.replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
	}
}
