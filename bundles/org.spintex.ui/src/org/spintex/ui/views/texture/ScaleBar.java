package org.spintex.ui.views.texture;

import java.util.Locale;

/**
 * The scale bar of a picture: the longest round length (1, 2 or 5 × 10ⁿ m) that fits in a given
 * number of pixels, labelled in nm or µm.
 */
public record ScaleBar(double lengthMetre, double pixels, String label) {

	/** The bar for {@code metresPerPixel} at most {@code maxPixels} long. */
	public static ScaleBar fitting(double metresPerPixel, double maxPixels) {
		double most = metresPerPixel * maxPixels;
		double decade = Math.pow(10, Math.floor(Math.log10(most)));
		double length = decade;
		for (double step : new double[] { 5, 2, 1 }) {
			if (step * decade <= most * (1 + 1e-12)) {
				length = step * decade;
				break;
			}
		}
		return new ScaleBar(length, length / metresPerPixel, label(length));
	}

	private static String label(double metre) {
		if (metre >= 1e-6) {
			return trim(metre * 1e6) + " µm";
		}
		return trim(metre * 1e9) + " nm";
	}

	private static String trim(double value) {
		return new java.math.BigDecimal(String.format(Locale.ROOT, "%.3g", value)).stripTrailingZeros().toPlainString();
	}
}
