package org.spintex.ui.views.texture;

/**
 * A diverging colour map for signed quantities: blue at −1, white-grey at 0, red at +1 (the end
 * colours of Moreland's cool–warm map, "Diverging Color Maps for Scientific Visualization", 2009),
 * interpolated linearly in RGB on each side; 0 is always the neutral middle.
 */
public final class DivergingColourMap {

	static final int COLD = 0x3B4CC0;
	static final int NEUTRAL = 0xDDDDDD;
	static final int WARM = 0xB40426;

	private DivergingColourMap() {
	}

	/** 0xRRGGBB of {@code value} on [−range, range]; values beyond are clamped, a zero range is all neutral. */
	public static int rgb(double value, double range) {
		if (!(range > 0) || Double.isNaN(value)) {
			return NEUTRAL;
		}
		double t = Math.max(-1, Math.min(1, value / range));
		return t >= 0 ? blend(NEUTRAL, WARM, t) : blend(NEUTRAL, COLD, -t);
	}

	private static int blend(int from, int to, double t) {
		int r = (int) Math.round((1 - t) * ((from >> 16) & 0xFF) + t * ((to >> 16) & 0xFF));
		int g = (int) Math.round((1 - t) * ((from >> 8) & 0xFF) + t * ((to >> 8) & 0xFF));
		int b = (int) Math.round((1 - t) * (from & 0xFF) + t * (to & 0xFF));
		return (r << 16) | (g << 8) | b;
	}
}
