package org.spintex.runner.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.spintex.core.results.Chart;

/** Draws a {@link Chart} as a PNG image with XChart, off screen (no display needed). */
public final class PngCharts {

	private static final int WIDTH = 900, HEIGHT = 600;
	private static final BasicStroke DOTTED = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
			new float[] { 2f, 5f }, 0f);

	static {
		// charts are drawn into images; a run on a cluster node has no display
		System.setProperty("java.awt.headless", "true");
	}

	private PngCharts() {
	}

	public static byte[] png(Chart chart) {
		XYChart xy = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(chart.title()).xAxisTitle(chart.xLabel())
				.yAxisTitle(chart.yLabel()).build();
		XYStyler styler = xy.getStyler();
		styler.setChartBackgroundColor(Color.WHITE);
		styler.setPlotBackgroundColor(Color.WHITE);
		styler.setPlotGridLinesColor(new Color(225, 225, 225));
		styler.setLegendPosition(Styler.LegendPosition.OutsideS);
		styler.setLegendLayout(Styler.LegendLayout.Horizontal);
		styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
		xy.getStyler().setXAxisLogarithmic(chart.xScale() == Chart.Scale.LOG);
		xy.getStyler().setYAxisLogarithmic(chart.yScale() == Chart.Scale.LOG);
		double[] xRange = { Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
		double[] yRange = { Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
		for (Chart.Curve curve : chart.curves()) {
			if (curve.x().length == 0) {
				continue;
			}
			XYSeries series = xy.addSeries(unique(xy, curve.label().isEmpty() ? "path" : curve.label()), curve.x(), curve.y());
			style(series, curve.role());
			// a curve without a label (one of a phase portrait's many paths) stays out of the legend
			series.setShowInLegend(!curve.label().isEmpty());
			extend(xRange, curve.x());
			extend(yRange, curve.y());
		}
		// tick labels with the digits the axis needs, not the float noise of its tick steps (17.0999999…)
		if (chart.xScale() == Chart.Scale.LINEAR) {
			decimalPattern(xRange).ifPresent(styler::setXAxisDecimalPattern);
		}
		if (chart.yScale() == Chart.Scale.LINEAR) {
			decimalPattern(yRange).ifPresent(styler::setYAxisDecimalPattern);
		}
		try {
			return BitmapEncoder.getBitmapBytes(xy, BitmapEncoder.BitmapFormat.PNG);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot encode the chart " + chart.name() + ": " + e.getMessage(), e);
		}
	}

	private static void extend(double[] range, double[] values) {
		for (double v : values) {
			if (Double.isFinite(v)) {
				range[0] = Math.min(range[0], v);
				range[1] = Math.max(range[1], v);
			}
		}
	}

	/**
	 * A fixed-point pattern with up to two digits below the axis span's leading one and no trailing zeros (span 92 →
	 * "0.#", 0.8 → "0.###"), for spans from 1e-6 to 1e7; outside, XChart's own choice (scientific) stays.
	 */
	static java.util.Optional<String> decimalPattern(double[] range) {
		double span = range[1] - range[0];
		if (!(span > 0) || span < 1e-6 || Math.max(Math.abs(range[0]), Math.abs(range[1])) >= 1e7) {
			return java.util.Optional.empty();
		}
		int decimals = Math.max(1, (int) Math.ceil(-Math.log10(span)) + 2);
		return java.util.Optional.of("0." + "#".repeat(decimals));
	}

	private static String unique(XYChart chart, String label) {
		String name = label;
		for (int k = 2; chart.getSeriesMap().containsKey(name); k++) {
			name = label + " (" + k + ")";
		}
		return name;
	}

	/**
	 * How each role is drawn, in every engine's charts alike: results solid, profiles with their points marked,
	 * samples as points, references dashed, checks (sums, limits) dotted black.
	 */
	private static void style(XYSeries series, Chart.Role role) {
		series.setXYSeriesRenderStyle(role == Chart.Role.SAMPLES ? XYSeries.XYSeriesRenderStyle.Scatter
				: XYSeries.XYSeriesRenderStyle.Line);
		switch (role) {
		case RESULT -> {
			series.setMarker(SeriesMarkers.NONE);
			series.setLineStyle(SeriesLines.SOLID);
		}
		case REFERENCE -> {
			series.setMarker(SeriesMarkers.NONE);
			series.setLineStyle(SeriesLines.DASH_DASH);
		}
		case CHECK -> {
			series.setMarker(SeriesMarkers.NONE);
			series.setLineStyle(DOTTED);
			series.setLineColor(Color.BLACK);
		}
		case SAMPLES, PROFILE -> series.setMarker(SeriesMarkers.CIRCLE);
		}
	}
}
