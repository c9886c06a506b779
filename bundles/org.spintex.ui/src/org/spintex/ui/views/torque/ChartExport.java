package org.spintex.ui.views.torque;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The plotted curves as files: an SVG drawing (axes, ticks, one polyline per curve and a legend)
 * for papers, and a CSV of the plotted points for other tools. PNG comes from the chart itself.
 */
public final class ChartExport {

	private static final String[] COLOURS = { "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf",
			"#8c564b", "#e377c2" };
	private static final int WIDTH = 720, HEIGHT = 480, LEFT = 80, RIGHT = 200, TOP = 40, BOTTOM = 60;

	private ChartExport() {
	}

	/** Long format: curve, x, y — one row per plotted point. */
	public static void csv(Path file, String xTitle, List<ChartSeries> curves) throws IOException {
		StringBuilder out = new StringBuilder("curve,").append(xTitle).append(",value\n");
		for (ChartSeries c : curves) {
			for (int i = 0; i < c.x().length; i++) {
				out.append('"').append(c.name().replace("\"", "'")).append("\",").append(c.x()[i]).append(',')
						.append(c.y()[i]).append('\n');
			}
		}
		Files.writeString(file, out, StandardCharsets.UTF_8);
	}

	public static void svg(Path file, String title, String xTitle, String yTitle, List<ChartSeries> curves, boolean logX,
			boolean logY) throws IOException {
		double[] xr = range(curves, true, logX), yr = range(curves, false, logY);
		int plotW = WIDTH - LEFT - RIGHT, plotH = HEIGHT - TOP - BOTTOM;
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
				WIDTH, HEIGHT));
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
		svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"24\" font-size=\"15\">%s</text>%n", LEFT, escape(title)));
		svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"black\"/>%n",
				LEFT, TOP, plotW, plotH));
		for (int t = 0; t <= 4; t++) {
			double fx = t / 4.0;
			double xv = value(xr, fx, logX), yv = value(yr, fx, logY);
			int px = LEFT + (int) (fx * plotW), py = TOP + plotH - (int) (fx * plotH);
			svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%.3g</text>%n", px,
					TOP + plotH + 18, xv));
			svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.3g</text>%n", LEFT - 6,
					py + 4, yv));
		}
		svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
				LEFT + plotW / 2, HEIGHT - 16, escape(xTitle)));
		svg.append(String.format(Locale.ROOT,
				"<text x=\"18\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 18 %d)\">%s</text>%n",
				TOP + plotH / 2, TOP + plotH / 2, escape(yTitle)));
		for (int c = 0; c < curves.size(); c++) {
			ChartSeries curve = curves.get(c);
			String colour = COLOURS[c % COLOURS.length];
			StringBuilder points = new StringBuilder();
			for (int i = 0; i < curve.x().length; i++) {
				double px = LEFT + fraction(xr, curve.x()[i], logX) * plotW;
				double py = TOP + plotH - fraction(yr, curve.y()[i], logY) * plotH;
				points.append(String.format(Locale.ROOT, "%.2f,%.2f ", px, py));
			}
			svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"%s\"/>%n",
					colour, points.toString().strip()));
			int ly = TOP + 14 + 18 * c;
			svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>%n",
					WIDTH - RIGHT + 10, ly - 4, WIDTH - RIGHT + 30, ly - 4, colour));
			svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", WIDTH - RIGHT + 36, ly,
					escape(curve.name())));
		}
		svg.append("</svg>\n");
		Files.writeString(file, svg, StandardCharsets.UTF_8);
	}

	private static double[] range(List<ChartSeries> curves, boolean x, boolean log) {
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		for (ChartSeries c : curves) {
			for (double v : x ? c.x() : c.y()) {
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
		}
		if (!(min < max)) {
			double pad = min == 0 || Double.isInfinite(min) ? 1 : Math.abs(min) * 0.1;
			min = Double.isInfinite(min) ? 0 : min - pad;
			max = min + 2 * pad;
		}
		return log ? new double[] { Math.log10(min), Math.log10(max) } : new double[] { min, max };
	}

	private static double fraction(double[] range, double v, boolean log) {
		return ((log ? Math.log10(v) : v) - range[0]) / (range[1] - range[0]);
	}

	private static double value(double[] range, double fraction, boolean log) {
		double v = range[0] + fraction * (range[1] - range[0]);
		return log ? Math.pow(10, v) : v;
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
