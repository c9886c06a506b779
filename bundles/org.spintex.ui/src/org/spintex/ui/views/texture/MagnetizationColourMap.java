package org.spintex.ui.views.texture;

/**
 * The colour-wheel picture of a magnetization direction used by MuMax3, OOMMF and most papers:
 * the in-plane angle atan2(m_y, m_x) is the hue (+x red, +y yellow-green, −x cyan), m_z the lightness
 * (+z white, −z black), at full saturation (HSL model).
 */
public final class MagnetizationColourMap {

	private MagnetizationColourMap() {
	}

	/** 0xRRGGBB of the direction (mx, my, mz); the vector need not be normalised. */
	public static int rgb(double mx, double my, double mz) {
		double norm = Math.sqrt(mx * mx + my * my + mz * mz);
		if (norm == 0) {
			return 0x808080; // empty cell: neutral grey
		}
		double hueDegrees = Math.toDegrees(Math.atan2(my, mx));
		if (hueDegrees < 0) {
			hueDegrees += 360;
		}
		double lightness = 0.5 * (1 + mz / norm);
		return hslToRgb(hueDegrees, lightness);
	}

	/** HSL with saturation 1 to 0xRRGGBB (the standard piecewise-linear hexcone). */
	static int hslToRgb(double hueDegrees, double lightness) {
		double chroma = (1 - Math.abs(2 * lightness - 1));
		double sector = hueDegrees / 60;
		double secondary = chroma * (1 - Math.abs(sector % 2 - 1));
		double r, g, b;
		switch ((int) Math.floor(sector) % 6) {
			case 0 -> { r = chroma; g = secondary; b = 0; }
			case 1 -> { r = secondary; g = chroma; b = 0; }
			case 2 -> { r = 0; g = chroma; b = secondary; }
			case 3 -> { r = 0; g = secondary; b = chroma; }
			case 4 -> { r = secondary; g = 0; b = chroma; }
			default -> { r = chroma; g = 0; b = secondary; }
		}
		double m = lightness - chroma / 2;
		return (channel(r + m) << 16) | (channel(g + m) << 8) | channel(b + m);
	}

	private static int channel(double v) {
		return (int) Math.round(255 * Math.min(1, Math.max(0, v)));
	}
}
