package org.spintex.ui.views.torque;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Tick labels that read as numbers: plain decimals for values that an axis unit brought near 1,
 * engineering notation (exponent a multiple of 3) for the rest, and 0 as "0".
 */
final class TickFormat extends Format {

	private static final long serialVersionUID = 1L;

	private final DecimalFormat format;

	private TickFormat(String pattern) {
		this.format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
	}

	/** The format for an axis whose shown values reach {@code largest} in magnitude. */
	static TickFormat forLargest(double largest) {
		boolean engineering = largest != 0 && (largest < 1e-2 || largest >= 1e5);
		return new TickFormat(engineering ? "##0.##E0" : "0.####");
	}

	@Override
	public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
		double v = ((Number) value).doubleValue();
		if (v == 0) {
			return to.append('0');
		}
		return format.format(v, to, position);
	}

	@Override
	public Object parseObject(String source, ParsePosition position) {
		return format.parseObject(source, position);
	}
}
